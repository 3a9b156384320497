package org.practiceexchange.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/**
 * A report and its sign-off. The author writes while it is a draft or has come back with comments;
 * submitting sends it to the signer, who sends comments back or signs it off. A signed-off version
 * stays as it was: a correction opens the next version, and every step is kept in the history.
 */
@Entity
@Table(name = "report")
class Report {

	/** What happened to a report, for its history. */
	enum Action {
		STARTED, EDITED, SUBMITTED, COMMENTED, RESUBMITTED, SIGNED_OFF, CORRECTION_STARTED, PUBLISHED, REMARKED
	}

	@Embeddable
	static class Event {

		private Long personId;

		@Enumerated(EnumType.STRING)
		private Action action;

		private int versionNumber;

		private String detail;

		private Instant happenedAt;

		protected Event() {
		}

		Event(Long personId, Action action, int versionNumber, String detail, Instant happenedAt) {
			this.personId = personId;
			this.action = action;
			this.versionNumber = versionNumber;
			this.detail = detail;
			this.happenedAt = happenedAt;
		}

		Long personId() {
			return personId;
		}

		Action action() {
			return action;
		}

		int versionNumber() {
			return versionNumber;
		}

		String detail() {
			return detail;
		}

		Instant happenedAt() {
			return happenedAt;
		}
	}

	@Embeddable
	static class Comment {

		private Long authorId;

		private int versionNumber;

		private String body;

		private Instant createdAt;

		protected Comment() {
		}

		Comment(Long authorId, int versionNumber, String body, Instant createdAt) {
			this.authorId = authorId;
			this.versionNumber = versionNumber;
			this.body = body;
			this.createdAt = createdAt;
		}

		Long authorId() {
			return authorId;
		}

		int versionNumber() {
			return versionNumber;
		}

		String body() {
			return body;
		}

		Instant createdAt() {
			return createdAt;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private Long inquiryId;

	private Long projectId;

	private Long authorId;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private Integer signedOffVersion;

	private Long outputId;

	private Instant createdAt;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<ReportVersion> versions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "report_comment", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Comment> comments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "report_event", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	private List<Event> history = new ArrayList<>();

	@Version
	private long version;

	protected Report() {
	}

	private Report(ReportKind kind, Long inquiryId, Long projectId, Long authorId, Sections text,
			List<ReportMeasure> measures, Instant now) {
		this.kind = kind;
		this.inquiryId = inquiryId;
		this.projectId = projectId;
		this.authorId = authorId;
		this.status = ReportStatus.DRAFT;
		this.createdAt = now;
		versions.add(new ReportVersion(this, 1, text, measures, null, authorId, now));
		record(authorId, Action.STARTED, null, now);
	}

	/** A practitioner's report of their inquiry, pre-filled from it. */
	static Report ofInquiry(Long inquiryId, Long projectId, Long authorId, Sections text, List<ReportMeasure> measures,
			Instant now) {
		return new Report(ReportKind.PRACTITIONER, inquiryId, projectId, authorId, text, measures, now);
	}

	/** A project's outcome report. */
	static Report ofProject(Long projectId, Long authorId, Sections text, List<ReportMeasure> measures, Instant now) {
		return new Report(ReportKind.OUTCOME, null, projectId, authorId, text, measures, now);
	}

	/** The author changes the text; the history names the sections that changed. */
	void edit(Sections text, Long personId, Instant now) {
		if (!status.editable()) {
			throw new DomainRuleException(null, status == ReportStatus.SIGNED_OFF
					? "The report has been signed off: start a correction to change it"
					: "The report is waiting for a decision: it can be changed once it comes back with comments");
		}
		List<String> changed = text.changedFrom(current().text(), kind);
		if (changed.isEmpty()) {
			return;
		}
		current().write(text);
		record(personId, Action.EDITED, "Changed: " + String.join("; ", changed), now);
	}

	/** Sends a draft to the signer, or a revision after comments. */
	void submit(Long personId, Instant now) {
		submit(personId, now, null);
	}

	/**
	 * Sends a draft to the signer, or a revision after comments. Every section must be written: one that
	 * is empty or holds only the pre-filled headings (and lines copied from the pre-filled draft) is
	 * listed, all of them at once.
	 */
	void submit(Long personId, Instant now, Sections prefilled) {
		if (!status.editable()) {
			throw new DomainRuleException(null, status == ReportStatus.SIGNED_OFF ? "The report is already signed off"
					: "The report has already been submitted");
		}
		List<String> missing = current().text().unwritten(kind, prefilled);
		if (!missing.isEmpty()) {
			throw new DomainRuleException("sections", "Write every section before submitting; still empty or only the "
					+ "pre-filled headings: " + String.join(", ", missing));
		}
		boolean revision = status == ReportStatus.COMMENTED;
		status = revision ? ReportStatus.REVISED : ReportStatus.SUBMITTED;
		record(personId, revision ? Action.RESUBMITTED : Action.SUBMITTED, null, now);
	}

	/** The signer sends the report back to the author with comments. */
	void comment(Long personId, String body, Instant now) {
		addComment(personId, body, now, "Comments go back to the author on a submitted report; this one is ");
		status = ReportStatus.COMMENTED;
		record(personId, Action.COMMENTED, null, now);
	}

	/**
	 * The signer comments without sending the report back: it stays submitted, and the signer can still
	 * sign it off; the author reads the comment.
	 */
	void remark(Long personId, String body, Instant now) {
		addComment(personId, body, now, "Comments are added to a submitted report; this one is ");
		record(personId, Action.REMARKED, null, now);
	}

	/** A comment on the current version, which only a report waiting for its signer takes. */
	private void addComment(Long personId, String body, Instant now, String refusal) {
		if (!status.awaitingDecision()) {
			throw new DomainRuleException("body", refusal + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		comments.add(new Comment(personId, current().number(), body.strip(), now));
	}

	/** The signer signs the submitted version off; from now on it never changes. */
	void signOff(Long personId, Instant now) {
		if (!status.awaitingDecision()) {
			throw new DomainRuleException(null, status == ReportStatus.SIGNED_OFF ? "The report is already signed off"
					: "Only a submitted report can be signed off");
		}
		current().signOff(personId, now);
		signedOffVersion = current().number();
		status = ReportStatus.SIGNED_OFF;
		record(personId, Action.SIGNED_OFF, null, now);
	}

	/** Opens the next version to correct a signed-off report; the signed-off one stays readable. */
	void startCorrection(Long personId, String reason, Instant now) {
		if (status != ReportStatus.SIGNED_OFF) {
			throw new DomainRuleException("reason", "Only a signed-off report is corrected; until then, edit the draft");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleException("reason", "Say what the correction is for");
		}
		versions.add(current().correction(reason.strip(), personId, now));
		status = ReportStatus.DRAFT;
		record(personId, Action.CORRECTION_STARTED, reason.strip(), now);
	}

	/**
	 * Records that the signed-off version was published as an output: the first time, or as the output's new edition
	 * after a correction was signed off.
	 */
	void published(Long outputId, Long personId, Instant now) {
		if (signedOffVersion == null) {
			throw new DomainRuleException("licence", "Only a signed-off report can be published");
		}
		if (!outputId.equals(this.outputId) || !signedOffVersion.equals(publishedVersion())) {
			this.outputId = outputId;
			history.add(new Event(personId, Action.PUBLISHED, signedOffVersion, "Output " + outputId, now));
		}
	}

	/** The latest version published as an output, or null. */
	Integer publishedVersion() {
		return history.stream().filter(e -> e.action() == Action.PUBLISHED).map(Event::versionNumber)
			.max(Integer::compare).orElse(null);
	}

	/** A signed-off version the outputs repository does not have yet: never published, or corrected since. */
	boolean signedOffUnpublished() {
		Integer published = publishedVersion();
		return signedOffVersion != null && (published == null || published < signedOffVersion);
	}

	private void record(Long personId, Action action, String detail, Instant now) {
		history.add(new Event(personId, action, current().number(), detail, now));
	}

	ReportVersion current() {
		return versions.get(versions.size() - 1);
	}

	ReportVersion version(int number) {
		return versions.stream().filter(v -> v.number() == number).findFirst()
			.orElseThrow(() -> new org.practiceexchange.shared.RecordNotFoundException("Report version", (long) number));
	}

	/** The latest signed-off version, if any. */
	ReportVersion signedOff() {
		return signedOffVersion == null ? null : version(signedOffVersion);
	}

	Long id() {
		return id;
	}

	ReportKind kind() {
		return kind;
	}

	Long inquiryId() {
		return inquiryId;
	}

	Long projectId() {
		return projectId;
	}

	Long authorId() {
		return authorId;
	}

	ReportStatus status() {
		return status;
	}

	Integer signedOffVersion() {
		return signedOffVersion;
	}

	Long outputId() {
		return outputId;
	}

	List<ReportVersion> versions() {
		return versions;
	}

	List<Comment> comments() {
		return comments;
	}

	List<Event> history() {
		return history;
	}
}
