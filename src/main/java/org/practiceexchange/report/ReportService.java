package org.practiceexchange.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.MeasureCharts;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.report.ReportViews.Access;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.web.UkTime;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports as each person may see them, their versions and their PDFs. */
@Service
@Transactional(readOnly = true)
class ReportService {

	private final ReportRepository reports;

	private final Projects projects;

	private final People people;

	private final ReportPdf pdf;

	private final UkTime ukTime;

	ReportService(ReportRepository reports, Projects projects, People people, ReportPdf pdf, UkTime ukTime) {
		this.reports = reports;
		this.projects = projects;
		this.people = people;
		this.pdf = pdf;
		this.ukTime = ukTime;
	}

	/** The report in full, or its status only for a provider lead. */
	Object view(Long id, SignedInPerson me) {
		Report report = load(id);
		ProjectSummary project = projectOf(report);
		Access access = ReportAccess.of(report, project, me);
		if (!access.seesContent()) {
			return new ReportViews.Progress(report.id(), report.kind(), project.id(), project.title(),
					names(Set.of(report.authorId())).get(report.authorId()), report.status(), access);
		}
		return full(report, project, me, access);
	}

	/** For pages and documents that need the whole report: a provider lead is refused (status only). */
	ReportViews.Full fullView(Long id, SignedInPerson me) {
		if (view(id, me) instanceof ReportViews.Full full) {
			return full;
		}
		throw new AccessDeniedException("Provider leads follow the status of a report only");
	}

	ReportViews.VersionView version(Long id, int number, SignedInPerson me) {
		Report report = readable(id, me);
		return versionView(report, report.version(number), names(peopleIn(report)));
	}

	/** The PDF of the current version, or of an earlier one. */
	byte[] pdf(Long id, Integer number, SignedInPerson me) {
		Report report = readable(id, me);
		return pdf.render(document(report, number == null ? report.current() : report.version(number), projectOf(report)));
	}

	/** One page of the reports this person may see, newest first; the manager's all of them. */
	Page<ReportViews.Line> visibleTo(SignedInPerson me, Pageable page) {
		if (me.hasRole(Role.PROGRAMME_MANAGER)) {
			Page<Report> found = reports.findAllByOrderByIdDesc(page);
			return new PageImpl<>(lines(found.getContent(), me), page, found.getTotalElements());
		}
		List<Report> all = visibleReports(me);
		if (page.isUnpaged()) {
			return new PageImpl<>(lines(all, me));
		}
		int from = (int) Math.min(page.getOffset(), all.size());
		int to = Math.min(from + page.getPageSize(), all.size());
		return new PageImpl<>(lines(all.subList(from, to), me), page, all.size());
	}

	/** The reports of one project this person may see (for the project page). */
	List<ReportViews.Line> inProject(ProjectSummary project, SignedInPerson me) {
		return lines(reports.findByProjectIdOrderByIdAsc(project.id()).stream()
			.filter(r -> ReportAccess.canSee(r, project, me)).toList(), me);
	}

	private List<Report> visibleReports(SignedInPerson me) {
		Map<Long, Report> found = new LinkedHashMap<>();
		reports.findByAuthorIdOrderByIdDesc(me.id()).forEach(r -> found.put(r.id(), r));
		Map<Long, ProjectSummary> around = new LinkedHashMap<>();
		projects.involving(me.id()).stream().filter(p -> p.isSupporter(me.id())).forEach(p -> around.put(p.id(), p));
		if (me.hasRole(Role.VALIDATOR)) {
			projects.validatedBy(me.id()).forEach(p -> around.put(p.id(), p));
		}
		if (me.hasRole(Role.PROVIDER_LEAD) && !me.organisationIds().isEmpty()) {
			projects.withMembersFrom(me.organisationIds()).forEach(p -> around.putIfAbsent(p.id(), p));
		}
		if (!around.isEmpty()) {
			reports.findByProjectIdInOrderByIdDesc(around.keySet()).stream()
				.filter(r -> ReportAccess.canSee(r, around.get(r.projectId()), me))
				.forEach(r -> found.putIfAbsent(r.id(), r));
		}
		return found.values().stream().sorted(Comparator.comparing(Report::id).reversed()).toList();
	}

	private List<ReportViews.Line> lines(List<Report> found, SignedInPerson me) {
		Map<Long, ProjectSummary> byId = found.stream().map(Report::projectId).distinct()
			.map(projects::find).flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
		Map<Long, String> names = names(found.stream().map(Report::authorId).collect(Collectors.toSet()));
		return found.stream().map(r -> {
			ProjectSummary project = byId.get(r.projectId());
			boolean content = ReportAccess.of(r, project, me).seesContent();
			return new ReportViews.Line(r.id(), r.kind(), content ? r.current().title() : null, project.id(), project.title(),
					names.get(r.authorId()), r.status(), r.signedOffVersion());
		}).toList();
	}

	ReportViews.Full full(Report report, ProjectSummary project, SignedInPerson me, Access access) {
		Map<Long, String> names = names(peopleIn(report));
		boolean author = access == Access.AUTHOR;
		boolean decide = report.status().awaitingDecision();
		ReportViews.Actions actions = new ReportViews.Actions(author && report.status().editable(),
				author && report.status().editable(), decide && ReportAccess.mayComment(report, project, me),
				decide && ReportAccess.maySignOff(report, project, me), author && report.status() == ReportStatus.SIGNED_OFF,
				(author || access == Access.MANAGER) && report.signedOffUnpublished());
		return new ReportViews.Full(report.id(), report.kind(), report.inquiryId(), project.id(), project.title(),
				project.themeId(), report.authorId(), names.get(report.authorId()), report.status(), access,
				versionView(report, report.current(), names), report.signedOffVersion(),
				report.comments().stream().map(c -> new ReportViews.CommentView(names.get(c.authorId()), c.versionNumber(),
						c.body(), c.createdAt())).toList(),
				report.history().stream().map(e -> new ReportViews.EventView(names.get(e.personId()), e.action(),
						e.versionNumber(), e.detail(), e.happenedAt())).toList(),
				report.versions().stream().map(v -> new ReportViews.VersionLine(v.number(), v.createdAt(), v.correctionReason(),
						v.signedOffAt(), names.get(v.signedOffBy()))).toList(),
				report.outputId(), actions);
	}

	ReportViews.VersionView versionView(Report report, ReportVersion version, Map<Long, String> names) {
		Sections text = version.text();
		return new ReportViews.VersionView(version.number(), version.title(), version.summary(), sections(report.kind(), text),
				version.measures().stream().map(ReportMeasure::line).toList(), version.pages(),
				SideEstimate.of(text, report.kind(), version.measures().size()).sides(), version.correctionReason(),
				version.createdAt(), names.get(version.createdBy()), version.signedOffAt(), names.get(version.signedOffBy()),
				chart(version.measures()), ReportViews.Guide.of(report.kind()));
	}

	static List<ReportViews.SectionView> sections(ReportKind kind, Sections text) {
		return Sections.namesFor(kind).entrySet().stream()
			.filter(e -> !e.getKey().equals("title") && !e.getKey().equals("summary"))
			.map(e -> new ReportViews.SectionView(e.getKey(), e.getValue(), text.get(e.getKey())))
			.toList();
	}

	/** What the PDF of a version shows. */
	ReportPdf.Document document(Report report, ReportVersion version, ProjectSummary project) {
		Map<Long, String> names = names(peopleIn(report));
		String signedOff = version.signedOff()
				? "Signed off by " + names.get(version.signedOffBy()) + " on " + ukTime.date(version.signedOffAt()) + "." : null;
		return new ReportPdf.Document(version.title(), report.kind(), names.get(report.authorId()), project.title(),
				version.number(), version.summary(), sections(report.kind(), version.text()),
				version.measures().stream().map(ReportMeasure::line).toList(), chart(version.measures()), signedOff);
	}

	static String chart(List<ReportMeasure> measures) {
		return measures.isEmpty() ? null
				: MeasureCharts.svg(measures.stream().map(ReportMeasure::result).toList(),
						"Before and after chart of " + measures.size() + " measure" + (measures.size() == 1 ? "" : "s")
								+ "; the table beside it gives the figures");
	}

	/** The report if this person may read it in full; 404 or 403 otherwise. */
	Report readable(Long id, SignedInPerson me) {
		Report report = load(id);
		if (!ReportAccess.of(report, projectOf(report), me).seesContent()) {
			throw new AccessDeniedException("Provider leads follow the status of a report only");
		}
		return report;
	}

	Report load(Long id) {
		return reports.findById(id).orElseThrow(() -> new RecordNotFoundException("Report", id));
	}

	ProjectSummary projectOf(Report report) {
		return projects.find(report.projectId()).orElseThrow();
	}

	private static Set<Long> peopleIn(Report report) {
		Set<Long> ids = new HashSet<>();
		ids.add(report.authorId());
		report.comments().forEach(c -> ids.add(c.authorId()));
		report.history().forEach(e -> ids.add(e.personId()));
		report.versions().forEach(v -> {
			ids.add(v.createdBy());
			if (v.signedOffBy() != null) {
				ids.add(v.signedOffBy());
			}
		});
		return ids;
	}

	Map<Long, String> names(Set<Long> ids) {
		return people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
	}
}
