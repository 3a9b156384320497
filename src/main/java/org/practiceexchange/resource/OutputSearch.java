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
		SearchResult<Object[]> result = session.search(Output.class)
			.select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class),
					f.field("summary", String.class), f.field("authors", String.class),
					f.field("type", OutputType.class), f.field("licence", Licence.class),
					f.field("programmeId", Long.class), f.field("programme", String.class),
					f.field("year", Integer.class), f.field("theme", String.class).list(),
					f.field("organisation", String.class).list(), f.field("region", String.class),
					f.field("projectId", Long.class), f.field("reportId", Long.class),
					f.field("publishedAt", java.time.Instant.class), f.field("downloads", Long.class)).asArray())
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
		List<OutputSummary> content = result.hits().stream().map(this::summary).toList();
		return new Result(result.total().hitCount(), content, facets, query.page(), query.size());
	}

	/** A hit answered from the index alone, without a database round trip. */
	@SuppressWarnings("unchecked")
	private OutputSummary summary(Object[] hit) {
		Long id = (Long) hit[0];
		return new OutputSummary(id, (String) hit[1], (String) hit[2], (String) hit[3], (OutputType) hit[4],
				(Licence) hit[5], (Long) hit[6], (String) hit[7], (Integer) hit[8], (List<String>) hit[9],
				(List<String>) hit[10], (String) hit[11], (Long) hit[12], (Long) hit[13], OutputStatus.PUBLISHED,
				(java.time.Instant) hit[14], hit[15] == null ? 0 : (Long) hit[15], outputs.baseUrl() + "/outputs/" + id);
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
