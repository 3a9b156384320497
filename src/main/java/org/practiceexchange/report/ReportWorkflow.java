package org.practiceexchange.report;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.Inquiries;
import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.notification.NotificationKind;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.resource.Outputs;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.SignedOffReport;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, writing, submitting, commenting on, signing off, correcting and publishing reports.
 * Each change counts the pages of the PDF it would make; each step that needs someone's attention
 * sends them an e-mail after the change commits.
 */
@Service
@Transactional
class ReportWorkflow {

	private final ReportRepository reports;

	private final ReportService service;

	private final ReportPdf pdf;

	private final Inquiries inquiries;

	private final Projects projects;

	private final People people;

	private final Organisations organisations;

	private final ProgrammeCatalogue catalogue;

	private final Outputs outputs;

	private final Mail mail;

	private final Clock clock;

	private final String baseUrl;

	private final Audit audit;

	ReportWorkflow(Audit audit, ReportRepository reports, ReportService service, ReportPdf pdf, Inquiries inquiries, Projects projects,
			People people, Organisations organisations, ProgrammeCatalogue catalogue, Outputs outputs, Mail mail, Clock clock,
			@Value("${exchange.base-url}") String baseUrl) {
		this.audit = audit;
		this.reports = reports;
		this.service = service;
		this.pdf = pdf;
		this.inquiries = inquiries;
		this.projects = projects;
		this.people = people;
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.outputs = outputs;
		this.mail = mail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	// --- starting ----------------------------------------------------------------------------

	/** Where an inquiry's report stands for this person: 404 for those who may not see the inquiry. */
	@Transactional(readOnly = true)
	ReportViews.Start inquiryStart(Long inquiryId, SignedInPerson me) {
		InquiryRecord inquiry = inquiries.find(inquiryId).orElseThrow(() -> new RecordNotFoundException("Inquiry", inquiryId));
		ProjectSummary project = projects.find(inquiry.projectId()).orElseThrow();
		boolean author = me.id().equals(inquiry.practitionerId());
		if (!author && !me.hasRole(Role.PROGRAMME_MANAGER) && !project.isSupporter(me.id())
				&& !project.isLeadFor(me, inquiry.practitionerId())) {
			throw new RecordNotFoundException("Inquiry", inquiryId);
		}
		boolean ready = inquiry.stage().compareTo(Stage.EVALUATE) >= 0 && !inquiry.withdrawn();
		return new ReportViews.Start(ReportKind.PRACTITIONER, inquiry.id(), project.id(), inquiry.title(), project.title(),
				author && ready, ready ? null : inquiry.withdrawn() ? "The inquiry has been withdrawn, so it has no report."
						: "The report is written once the inquiry reaches its evaluation.");
	}

	/** The report of this inquiry, if one has been started. */
	@Transactional(readOnly = true)
	java.util.Optional<Long> reportOfInquiry(Long inquiryId) {
		return reports.findByInquiryId(inquiryId).map(Report::id);
	}

	/** The practitioner starts the report of their inquiry, once it is at its evaluation or complete. */
	Long startForInquiry(Long inquiryId, SignedInPerson me) {
		ReportViews.Start start = inquiryStart(inquiryId, me);
		InquiryRecord inquiry = inquiries.find(inquiryId).orElseThrow();
		if (!me.id().equals(inquiry.practitionerId())) {
			throw new AccessDeniedException("Only the practitioner writes the report of their inquiry");
		}
		if (reports.findByInquiryId(inquiryId).isPresent()) {
			throw new DomainRuleException(null, "This inquiry already has a report");
		}
		if (!start.mayStart()) {
			throw new DomainRuleException(null, start.notYet());
		}
		ProjectSummary project = projects.find(inquiry.projectId()).orElseThrow();
		Report report = reports.save(Report.ofInquiry(inquiry.id(), project.id(), me.id(), ReportDrafts.ofInquiry(inquiry, project),
				ReportDrafts.measuresOf(inquiry), clock.instant()));
		countPages(report, project);
		return report.id();
	}

	@Transactional(readOnly = true)
	ReportViews.Start outcomeStart(Long projectId, SignedInPerson me) {
		ProjectSummary project = visibleProject(projectId, me);
		return new ReportViews.Start(ReportKind.OUTCOME, null, project.id(), project.title(), project.title(),
				ReportAccess.mayWriteOutcomeReport(project, me), null);
	}

	@Transactional(readOnly = true)
	java.util.Optional<Long> outcomeReportOf(Long projectId) {
		return reports.findByProjectIdAndKind(projectId, ReportKind.OUTCOME).map(Report::id);
	}

	/** A provider lead of the project's lead provider starts its outcome report. */
	Long startForProject(Long projectId, SignedInPerson me) {
		ProjectSummary project = visibleProject(projectId, me);
		if (!ReportAccess.mayWriteOutcomeReport(project, me)) {
			throw new AccessDeniedException("A provider lead of the lead provider writes the project's outcome report");
		}
		if (reports.findByProjectIdAndKind(projectId, ReportKind.OUTCOME).isPresent()) {
			throw new DomainRuleException(null, "This project already has an outcome report");
		}
		Report report = reports.save(Report.ofProject(project.id(), me.id(), outcomeDraft(project),
				ReportDrafts.measuresOf(inquiries.inProjects(List.of(project.id()))), clock.instant()));
		countPages(report, project);
		return report.id();
	}

	/** The project if this person may see it (its people, their provider leads, the manager), leads its lead provider or validates it. */
	private ProjectSummary visibleProject(Long projectId, SignedInPerson me) {
		ProjectSummary project = projects.find(projectId).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		if (project.roleOf(me).isEmpty() && !ReportAccess.mayWriteOutcomeReport(project, me)
				&& !ReportAccess.isValidator(project, me)) {
			throw new RecordNotFoundException("Project", projectId);
		}
		return project;
	}

	// --- writing -----------------------------------------------------------------------------

	/** The intervention log of the inquiry a practitioner's report comes from, oldest first; empty for an outcome report. */
	@Transactional(readOnly = true)
	List<InquiryRecord.LogLine> interventionLog(Long inquiryId) {
		return inquiryId == null ? List.of() : inquiries.find(inquiryId).map(InquiryRecord::log).orElse(List.of());
	}

	void edit(Long id, SignedInPerson me, ReportForms.Text form) {
		Report report = own(id, me);
		report.edit(form.sections(report.kind()), me.id(), clock.instant());
		countPages(report, service.projectOf(report));
	}

	/** The estimate of sides for text not yet saved (the editor asks as the author types). */
	@Transactional(readOnly = true)
	ReportViews.Estimate estimate(Long id, SignedInPerson me, ReportForms.Text form) {
		Report report = own(id, me);
		return SideEstimate.of(form.sections(report.kind()), report.kind(), report.current().measures().size());
	}

	void submit(Long id, SignedInPerson me) {
		Report report = own(id, me);
		ProjectSummary project = service.projectOf(report);
		List<Long> signers = ReportAccess.signers(report.kind(), project);
		if (signers.isEmpty()) {
			throw new DomainRuleException(null, report.kind() == ReportKind.OUTCOME
					? "The project has no external validator yet: ask the programme manager to name one"
					: "The project has no research mentor or facilitator to sign the report off yet");
		}
		boolean revision = report.status() == ReportStatus.COMMENTED;
		report.submit(me.id(), clock.instant(), report.kind() == ReportKind.OUTCOME ? outcomeDraft(project) : null);
		String title = report.current().title();
		for (PersonSummary signer : people.findAll(signers)) {
			mail.notify(signer.email(), NotificationKind.SIGN_OFF_REQUEST,
					(revision ? "Revised report to sign off: " : "Report to sign off: ") + title,
					"Dear " + signer.name() + ",\n\n" + me.name() + (revision ? " has revised the report \"" : " has submitted the report \"")
							+ title + "\" (" + project.title() + ") for you to sign off.\n\nRead it, then sign it off or send comments back: "
							+ link(report) + "\n");
		}
	}

	/** Refuses (403, or 404 for those who may not see the report) anyone who may not comment on it. */
	@Transactional(readOnly = true)
	Report checkMayComment(Long id, SignedInPerson me) {
		Report report = service.load(id);
		ProjectSummary project = service.projectOf(report);
		ReportAccess.of(report, project, me);
		if (!ReportAccess.mayComment(report, project, me)) {
			throw new AccessDeniedException("The signer (and a practitioner report's facilitator) comment on a report");
		}
		return report;
	}

	/** Refuses anyone but the author (403, or 404 for those who may not see the report). */
	@Transactional(readOnly = true)
	void checkAuthor(Long id, SignedInPerson me) {
		own(id, me);
	}

	/** Refuses anyone but the author and the programme manager. */
	@Transactional(readOnly = true)
	void checkMayPublish(Long id, SignedInPerson me) {
		Report report = service.load(id);
		ReportViews.Access access = ReportAccess.of(report, service.projectOf(report), me);
		if (access != ReportViews.Access.AUTHOR && access != ReportViews.Access.MANAGER) {
			throw new AccessDeniedException("The author or the programme manager publishes a report");
		}
	}

	void comment(Long id, SignedInPerson me, ReportForms.Comments form) {
		Report report = checkMayComment(id, me);
		if (!form.sendsBack()) {
			report.remark(me.id(), form.body(), clock.instant());
			tellAuthor(report, "A comment on your report: " + report.current().title(), me.name()
					+ " has commented on your report \"" + report.current().title() + "\":\n\n" + form.body().strip()
					+ "\n\nThe report has not been sent back: it is still with " + me.name() + " to sign off. Read it here: "
					+ link(report) + "\n");
			return;
		}
		report.comment(me.id(), form.body(), clock.instant());
		tellAuthor(report, "Comments on your report: " + report.current().title(),
				me.name() + " has sent comments on your report \"" + report.current().title() + "\":\n\n" + form.body().strip()
						+ "\n\nRevise the report and submit it again: " + link(report) + "\n");
	}

	void signOff(Long id, SignedInPerson me) {
		Report report = service.load(id);
		ProjectSummary project = service.projectOf(report);
		ReportAccess.of(report, project, me);
		if (!ReportAccess.maySignOff(report, project, me)) {
			throw new AccessDeniedException(report.kind() == ReportKind.OUTCOME ? "The project's validator signs its outcome report off"
					: "The project's research mentor signs a practitioner's report off");
		}
		ReportStatus before = report.status();
		report.signOff(me.id(), clock.instant());
		audit.record("REPORT_SIGNED_OFF", "Report", id, "status=" + before + "; version=" + report.current().number(),
				"status=" + report.status() + "; version=" + report.current().number());
		tellAuthor(report, "Your report has been signed off: " + report.current().title(),
				me.name() + " has signed off version " + report.current().number() + " of your report \""
						+ report.current().title() + "\". It is kept as it is now; you can publish it as an output: " + link(report)
						+ "\n");
	}

	/** Opens a new version to correct a signed-off report; the signed-off version stays as it was. */
	void correct(Long id, SignedInPerson me, ReportForms.Correction form) {
		own(id, me).startCorrection(me.id(), form.reason(), clock.instant());
	}

	/** Publishes the latest signed-off version as an output, with its PDF, in one step. */
	OutputSummary publish(Long id, SignedInPerson me, ReportForms.Publish form) {
		checkMayPublish(id, me);
		Report report = service.load(id);
		ProjectSummary project = service.projectOf(report);
		ReportVersion signedOff = report.signedOff();
		if (signedOff == null) {
			throw new DomainRuleException("licence", "Only a signed-off report can be published");
		}
		List<Long> themes = !form.themeIds().isEmpty() ? form.themeIds()
				: project.themeId() == null ? List.of() : List.of(project.themeId());
		if (themes.isEmpty()) {
			throw new DomainRuleException("themeIds", "Choose at least one theme for the published report");
		}
		Long programmeId = catalogue.findCohort(project.cohortId()).map(CohortSummary::programmeId).orElse(null);
		String author = people.find(report.authorId()).map(PersonSummary::name).orElse(null);
		byte[] document = pdf.render(service.document(report, signedOff, project));
		OutputSummary output = outputs.publishSignedOffReport(new SignedOffReport(report.id(), project.id(), programmeId,
				report.authorId(), signedOff.title(), signedOff.summary() == null ? signedOff.title() : signedOff.summary(), author,
				signedOff.signedOffAt().atZone(TimeConfiguration.LONDON).getYear(),
				themes, form.licence(),
				"report-" + report.id() + "-v" + signedOff.number() + ".pdf", document));
		report.published(output.id(), me.id(), clock.instant());
		return output;
	}

	// --- helpers -----------------------------------------------------------------------------

	/** What an outcome report of this project starts with: a heading per provider and the promised outcomes. */
	private Sections outcomeDraft(ProjectSummary project) {
		Set<Long> ids = new HashSet<>(project.partnerOrganisationIds());
		ids.add(project.leadOrganisationId());
		Map<Long, String> names = organisations.findAll(ids).stream()
			.collect(Collectors.toMap(o -> o.id(), o -> o.name()));
		return ReportDrafts.ofProject(project, names);
	}

	private void countPages(Report report, ProjectSummary project) {
		reports.flush();
		report.current().countPages(ReportPdf.pages(pdf.render(service.document(report, report.current(), project))));
	}

	private void tellAuthor(Report report, String subject, String body) {
		people.find(report.authorId()).ifPresent(author -> mail.notify(author.email(), NotificationKind.DECISION, subject,
				"Dear " + author.name() + ",\n\n" + body));
	}

	private String link(Report report) {
		return baseUrl + "/reports/" + report.id();
	}

	/** The author's own report; others who may see it are refused, others again find nothing. */
	private Report own(Long id, SignedInPerson me) {
		Report report = service.load(id);
		if (ReportAccess.of(report, service.projectOf(report), me) != ReportViews.Access.AUTHOR) {
			throw new AccessDeniedException("Only the author changes a report");
		}
		return report;
	}
}
