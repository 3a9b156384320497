package org.practiceexchange.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search over published outputs, their metadata and their files' text, with facet counts. */
@Service
@Transactional(readOnly = true)
class OutputSearch {

	/** The facets, in the order pages and the API show them. */
	static final List<String> FACETS = List.of("theme", "type", "programme", "year", "licence", "region");

	static final String[] TEXT_FIELDS = { "title", "summary", "authors", "organisation", "files.text" };

	record Result(long total, List<OutputSummary> content, Map<String, Map<String, Long>> facets, int page, int size) {

		int totalPages() {
			return (int) ((total + size - 1) / size);
		}

		boolean hasPrevious() {
			return page > 0;
		}

		boolean hasNext() {
			return page + 1 < totalPages();
		}
	}

	private final EntityManager entityManager;

	private final OutputService outputs;

	OutputSearch(EntityManager entityManager, OutputService outputs) {
		this.entityManager = entityManager;
		this.outputs = outputs;
	}

	Result search(OutputQuery query) {
		SearchSession session = Search.session(entityManager);
		AggregationKey<Map<String, Long>> theme = AggregationKey.of("theme");
		AggregationKey<Map<OutputType, Long>> type = AggregationKey.of("type");
		AggregationKey<Map<String, Long>> programme = AggregationKey.of("programme");
		AggregationKey<Map<Integer, Long>> year = AggregationKey.of("year");
		AggregationKey<Map<Licence, Long>> licence = AggregationKey.of("licence");
		AggregationKey<Map<String, Long>> region = AggregationKey.of("region");
		SearchResult<Output> result = session.search(Output.class)
			.where((f, root) -> {
				root.add(f.match().field("status").matching(OutputStatus.PUBLISHED));
				if (query.q() != null) {
					root.add(f.simpleQueryString().fields(TEXT_FIELDS).boost(1f).matching(query.q())
						.defaultOperator(BooleanOperator.AND));
				}
				filters(query).forEach((field, values) -> {
					if (!values.isEmpty()) {
						root.add(f.bool(any -> values.forEach(value -> any.should(f.match().field(field).matching(value)))));
					}
				});
			})
			.aggregation(theme, f -> f.terms().field("theme", String.class).maxTermCount(100))
			.aggregation(type, f -> f.terms().field("type", OutputType.class).maxTermCount(100))
			.aggregation(programme, f -> f.terms().field("programme", String.class).maxTermCount(100))
			.aggregation(year, f -> f.terms().field("year", Integer.class).maxTermCount(100))
			.aggregation(licence, f -> f.terms().field("licence", Licence.class).maxTermCount(100))
			.aggregation(region, f -> f.terms().field("region", String.class).maxTermCount(100))
			.sort(f -> switch (query.sort()) {
				case "title" -> f.field("titleSort").asc();
				case "oldest" -> f.field("publishedAt").asc();
				case "year" -> f.field("year").desc().missing().last().then().field("publishedAt").desc();
				case "relevance" -> f.score().then().field("publishedAt").desc();
				default -> f.field("publishedAt").desc();
			})
			.fetch(query.page() * query.size(), query.size());
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put("theme", named(result.aggregation(theme)));
		facets.put("type", named(result.aggregation(type)));
		facets.put("programme", named(result.aggregation(programme)));
		facets.put("year", named(result.aggregation(year)));
		facets.put("licence", named(result.aggregation(licence)));
		facets.put("region", named(result.aggregation(region)));
		List<OutputSummary> content = result.hits().stream().map(o -> o.summary(outputs.baseUrl())).toList();
		return new Result(result.total().hitCount(), content, facets, query.page(), query.size());
	}

	private static Map<String, List<?>> filters(OutputQuery query) {
		Map<String, List<?>> filters = new LinkedHashMap<>();
		filters.put("theme", query.theme());
		filters.put("type", query.type());
		filters.put("programme", query.programme());
		filters.put("year", query.year());
		filters.put("licence", query.licence());
		filters.put("region", query.region());
		return filters;
	}

	private static <K> Map<String, Long> named(Map<K, Long> counts) {
		Map<String, Long> named = new LinkedHashMap<>();
		counts.forEach((key, count) -> named.put(key instanceof Enum<?> e ? e.name() : String.valueOf(key), count));
		return named;
	}
}
