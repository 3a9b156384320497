package org.practiceexchange.resource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Changes reach the search index as they are committed. At start-up, an index that does not match
 * the database (a new data dir, a restored database, bulk-loaded rows) is rebuilt with the mass indexer.
 */
@Component
@Order(1)
class SearchIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory factory;

	SearchIndex(EntityManagerFactory factory) {
		this.factory = factory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		EntityManager entityManager = factory.createEntityManager();
		try {
			long rows = entityManager.createQuery("select count(o) from Output o", Long.class).getSingleResult();
			long documents = Search.session(entityManager).search(Output.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (rows != documents) {
				log.info("Search index holds {} outputs, the database {}: rebuilding the index", documents, rows);
				rebuild(entityManager);
			}
		}
		finally {
			entityManager.close();
		}
	}

	static void rebuild(EntityManager entityManager) throws InterruptedException {
		Search.session(entityManager).massIndexer(Output.class).threadsToLoadObjects(2).batchSizeToLoadObjects(100)
			.startAndWait();
	}
}
