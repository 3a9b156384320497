package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.practiceexchange.account.People;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme manager's one view across the programme: a row per project with its people and
 * figures. Every figure comes from a grouped query over the projects on the page (or in the export),
 * never one query per project; sorting by lateness reads one grouped count for every project.
 */
@Service
@Transactional(readOnly = true)
class ProjectDashboard {

	static final int PAGE_SIZE = 25;

	/** Read in slices so a query never names more than this many projects. */
	private static final int CHUNK = 500;

	enum Order {
		TITLE, LATE
	}

	/** What the dashboard (and its exports) show: any field may be null, meaning any. */
	record Filter(String q, Long programme, Long cohort, Long theme, ProjectStatus status, Order sort) {

		public Order order() {
			return sort == null ? Order.TITLE : sort;
		}

		/** The filter as a query string ({@code ?status=RUNNING&sort=LATE}), for the export links. */
		public String query() {
			List<String> pairs = new ArrayList<>();
			if (q != null && !q.isBlank()) {
				pairs.add("q=" + java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8));
			}
			if (programme != null) {
				pairs.add("programme=" + programme);
			}
			if (cohort != null) {
				pairs.add("cohort=" + cohort);
			}
			if (theme != null) {
				pairs.add("theme=" + theme);
			}
			if (status != null) {
				pairs.add("status=" + status);
			}
			pairs.add("sort=" + order());
			return "?" + String.join("&", pairs);
		}
	}

	/** One project as the dashboard shows it. */
	record Row(Long id, String title, ProjectKind kind, String programme, String cohort, ProjectStatus status,
			String leadProvider, List<String> partners, String facilitator, String mentor, String validator,
			List<Long> figures, long lateMilestones, BigDecimal daysCommitted, BigDecimal daysUsed) {

		public String partnerNames() {
			return String.join(", ", partners);
		}

		/** The facilitator and the research mentor, as one cell. */
		public String supporters() {
			return String.join(", ", Stream.of(facilitator, mentor).filter(Objects::nonNull).distinct().toList());
		}
	}

	private final ProjectRepository projects;

	private final EntityManager entities;

	private final ProgrammeCatalogue catalogue;

	private final People people;

	private final Organisations organisations;

	private final List<ProjectFigures> figures;

	private final Clock clock;

	ProjectDashboard(ProjectRepository projects, EntityManager entities, ProgrammeCatalogue catalogue, People people,
			Organisations organisations, List<ProjectFigures> figures, Clock clock) {
		this.projects = projects;
		this.entities = entities;
		this.catalogue = catalogue;
		this.people = people;
		this.organisations = organisations;
		this.figures = figures;
		this.clock = clock;
	}

	/** Message keys of the figures other modules count per project, in column order. */
	List<String> figureKeys() {
		return figures.stream().flatMap(source -> source.figureKeys().stream()).toList();
	}

	Page<Row> page(Filter filter, int page) {
		List<Long> ids = matching(filter);
		int number = Math.max(page, 0);
		int from = Math.min(number * PAGE_SIZE, ids.size());
		List<Long> slice = ids.subList(from, Math.min(from + PAGE_SIZE, ids.size()));
		return new PageImpl<>(rows(slice, lateCounts()), PageRequest.of(number, PAGE_SIZE), ids.size());
	}

	/** Every matching project, in the dashboard's order: what the exports write. */
	List<Row> all(Filter filter) {
		List<Long> ids = matching(filter);
		Map<Long, Long> late = lateCounts();
		List<Row> rows = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += CHUNK) {
			rows.addAll(rows(ids.subList(from, Math.min(from + CHUNK, ids.size())), late));
		}
		return rows;
	}

	/** The ids of the projects the filter finds, by title or by how many milestones are late. */
	private List<Long> matching(Filter filter) {
		StringBuilder jpql = new StringBuilder("select p.id from Project p where 1 = 1");
		Map<String, Object> parameters = new HashMap<>();
		List<Long> cohorts = cohortsOf(filter);
		if (cohorts != null) {
			if (cohorts.isEmpty()) {
				return List.of();
			}
			jpql.append(" and p.cohortId in :cohorts");
			parameters.put("cohorts", cohorts);
		}
		if (filter.theme() != null) {
			jpql.append(" and p.themeId = :theme");
			parameters.put("theme", filter.theme());
		}
		if (filter.status() != null) {
			jpql.append(" and p.status = :status");
			parameters.put("status", filter.status());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			jpql.append(" and lower(p.title) like :q");
			parameters.put("q", "%" + filter.q().strip().toLowerCase(java.util.Locale.ROOT) + "%");
		}
		jpql.append(" order by p.title, p.id");
		TypedQuery<Long> query = entities.createQuery(jpql.toString(), Long.class);
		parameters.forEach(query::setParameter);
		List<Long> ids = query.getResultList();
		if (filter.order() == Order.LATE) {
			Map<Long, Long> late = lateCounts();
			// a stable sort: equally late projects stay in title order
			ids = ids.stream().sorted(Comparator.comparing((Long id) -> late.getOrDefault(id, 0L)).reversed()).toList();
		}
		return ids;
	}

	/** The cohorts the filter names (one, or a programme's), or null for any cohort. */
	private List<Long> cohortsOf(Filter filter) {
		if (filter.cohort() != null) {
			return List.of(filter.cohort());
		}
		if (filter.programme() != null) {
			return catalogue.find(filter.programme()).map(p -> p.cohorts().stream().map(CohortSummary::id).toList())
				.orElse(List.of());
		}
		return null;
	}

	/**
	 * Milestones past their date that some member of the project has not marked done, counted per
	 * project in one grouped query.
	 */
	private Map<Long, Long> lateCounts() {
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		Map<Long, Long> late = new HashMap<>();
		for (Object row : entities.createNativeQuery("""
				select m.project_id, count(*) from milestone m
				where m.due_on < ?1 and exists (
				    select 1 from project_member pm where pm.project_id = m.project_id and not exists (
				        select 1 from milestone_done d where d.milestone_id = m.id and d.person_id = pm.person_id))
				group by m.project_id
				""").setParameter(1, today).getResultList()) {
			Object[] cells = (Object[]) row;
			late.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
		}
		return late;
	}

	private List<Row> rows(List<Long> ids, Map<Long, Long> late) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ProjectSummary> found = new HashMap<>();
		projects.findAllById(ids).forEach(project -> found.put(project.id(), project.summary()));
		List<ProjectSummary> page = ids.stream().map(found::get).filter(Objects::nonNull).toList();

		Set<Long> personIds = new HashSet<>();
		Set<Long> organisationIds = new HashSet<>();
		for (ProjectSummary project : page) {
			Stream.of(project.facilitatorId(), project.mentorId(), project.validatorId()).filter(Objects::nonNull)
				.forEach(personIds::add);
			organisationIds.add(project.leadOrganisationId());
			organisationIds.addAll(project.partnerOrganisationIds());
		}
		Map<Long, String> names = new HashMap<>();
		people.findAll(personIds).forEach(person -> names.put(person.id(), person.name()));
		Map<Long, String> organisationNames = new HashMap<>();
		organisations.findAll(organisationIds).forEach(o -> organisationNames.put(o.id(), o.name()));
		Map<Long, CohortSummary> cohorts = new HashMap<>();
		Map<Long, String> programmes = new HashMap<>();
		for (ProgrammeSummary programme : catalogue.all()) {
			programmes.put(programme.id(), programme.name());
			programme.cohorts().forEach(cohort -> cohorts.put(cohort.id(), cohort));
		}
		Map<Long, BigDecimal> committed = sums("""
				select r.projectId, sum(r.daysCommitted) from ReleaseCommitment r
				where r.projectId in :ids and r.daysCommitted is not null group by r.projectId
				""", ids);
		Map<Long, BigDecimal> used = sums("""
				select r.projectId, sum(u.days) from ReleaseCommitment r join r.uses u
				where r.projectId in :ids group by r.projectId
				""", ids);
		List<String> keys = figureKeys();
		Map<Long, Map<String, Long>> counted = new HashMap<>();
		figures.forEach(source -> source.figures(ids)
			.forEach((id, values) -> counted.computeIfAbsent(id, key -> new HashMap<>()).putAll(values)));

		return page.stream().map(project -> {
			CohortSummary cohort = cohorts.get(project.cohortId());
			Map<String, Long> own = counted.getOrDefault(project.id(), Map.of());
			return new Row(project.id(), project.title(), project.kind(),
					cohort == null ? null : programmes.get(cohort.programmeId()), cohort == null ? null : cohort.name(),
					project.status(), organisationNames.get(project.leadOrganisationId()),
					project.partnerOrganisationIds().stream().map(organisationNames::get).filter(Objects::nonNull).sorted().toList(),
					names.get(project.facilitatorId()), names.get(project.mentorId()), names.get(project.validatorId()),
					keys.stream().map(key -> own.getOrDefault(key, 0L)).toList(), late.getOrDefault(project.id(), 0L),
					committed.getOrDefault(project.id(), BigDecimal.ZERO), used.getOrDefault(project.id(), BigDecimal.ZERO));
		}).toList();
	}

	private Map<Long, BigDecimal> sums(String jpql, Collection<Long> ids) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		entities.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
			.forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
		return sums;
	}
}
