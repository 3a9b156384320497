package org.practiceexchange.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A call for proposals inside a programme: what it funds, how proposals are scored, when it is open. */
@Entity
@Table(name = "funding_call")
class FundingCall {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programmeId;

	private Long cohortId;

	private String title;

	private String description;

	private String eligibility;

	private String guidance;

	private String reviewerGuidance;

	private int minimumPartners;

	private int capacity;

	private long budgetPerProject;

	private int scoreMax;

	private Instant opensAt;

	private Instant closesAt;

	private Instant publishedAt;

	private Instant decisionsReleasedAt;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "seq")
	private List<Criterion> criteria = new ArrayList<>();

	@Version
	private long version;

	protected FundingCall() {
	}

	FundingCall(CallForm form, List<Criterion> criteria, Instant now) {
		this.createdAt = now;
		change(form, criteria);
	}

	/** The terms can change until the call is published; after that only the dates may move. */
	void change(CallForm form, List<Criterion> newCriteria) {
		if (publishedAt != null) {
			throw new DomainRuleException(null, "A published call's terms cannot change");
		}
		if (!form.closesAt().isAfter(form.opensAt())) {
			throw new DomainRuleException("closesAt", "The closing time must be after the opening time");
		}
		if (newCriteria.isEmpty()) {
			throw new DomainRuleException("criteria", "Give at least one criterion with its weight");
		}
		this.programmeId = form.programmeId();
		this.cohortId = form.cohortId();
		this.title = form.title().strip();
		this.description = form.description().strip();
		this.eligibility = blankToNull(form.eligibility());
		this.guidance = blankToNull(form.guidance());
		this.minimumPartners = form.minimumPartners();
		this.capacity = form.capacity();
		this.budgetPerProject = form.budgetPerProject();
		this.scoreMax = form.scoreMax();
		this.opensAt = form.opensAtInstant();
		this.closesAt = form.closesAtInstant();
		this.criteria = new ArrayList<>(newCriteria);
	}

	/**
	 * What reviewers read on their review form. Bidders never see it, so unlike the published terms it may
	 * change after publishing, until the decisions are released and reviewing is over.
	 */
	void changeReviewerGuidance(String text) {
		if (decisionsReleasedAt != null) {
			throw new DomainRuleException("reviewerGuidance", "The decisions on this call have been released, so reviewing is over");
		}
		reviewerGuidance = blankToNull(text);
	}

	void publish(Instant now) {
		if (publishedAt != null) {
			throw new DomainRuleException(null, "This call is already published");
		}
		publishedAt = now;
	}

	/** Moves the closing time (a manager extending a deadline, or demo data being set up). */
	void reschedule(Instant newOpensAt, Instant newClosesAt) {
		if (!newClosesAt.isAfter(newOpensAt)) {
			throw new DomainRuleException("closesAt", "The closing time must be after the opening time");
		}
		opensAt = newOpensAt;
		closesAt = newClosesAt;
	}

	/** A manager moves the deadline of a published call that has not closed yet to a later time. */
	void extendDeadline(Instant newClosesAt, Instant now) {
		checkDeadlineCanChange(now);
		if (!newClosesAt.isAfter(now)) {
			throw new DomainRuleException("closesAt", "The new deadline must be in the future");
		}
		if (!newClosesAt.isAfter(closesAt)) {
			throw new DomainRuleException("closesAt", "The new deadline must be after the current one");
		}
		closesAt = newClosesAt;
	}

	/** A manager closes an open call now, before its deadline. */
	void closeEarly(Instant now) {
		checkDeadlineCanChange(now);
		if (now.isBefore(opensAt)) {
			throw new DomainRuleException(null, "The call has not opened yet, so it cannot be closed early");
		}
		closesAt = now;
	}

	private void checkDeadlineCanChange(Instant now) {
		if (publishedAt == null) {
			throw new DomainRuleException(null, "The call is not published: edit its dates instead");
		}
		if (decisionsReleasedAt != null || !now.isBefore(closesAt)) {
			throw new DomainRuleException(null, "The call has closed, so its deadline can no longer change");
		}
	}

	void releaseDecisions(Instant now) {
		if (decisionsReleasedAt != null) {
			throw new DomainRuleException(null, "The decisions of this call have already been released");
		}
		if (isOpen(now)) {
			throw new DomainRuleException(null, "Decisions can only be released after the call closes");
		}
		decisionsReleasedAt = now;
	}

	CallStatus status(Instant now) {
		if (publishedAt == null) {
			return CallStatus.DRAFT;
		}
		if (decisionsReleasedAt != null) {
			return CallStatus.DECIDED;
		}
		if (now.isBefore(opensAt)) {
			return CallStatus.UPCOMING;
		}
		return now.isBefore(closesAt) ? CallStatus.OPEN : CallStatus.CLOSED;
	}

	boolean isOpen(Instant now) {
		return status(now) == CallStatus.OPEN;
	}

	boolean isPublished() {
		return publishedAt != null;
	}

	boolean decisionsReleased() {
		return decisionsReleasedAt != null;
	}

	/** Before the deadline, on the server's clock; afterwards nothing is submitted or withdrawn. */
	void checkOpen(Instant now) {
		if (!isOpen(now)) {
			throw new DomainRuleException(null, now.isBefore(opensAt) || publishedAt == null
					? "This call is not open yet" : "This call closed at its deadline: nothing more can be submitted");
		}
	}

	Long id() {
		return id;
	}

	Long programmeId() {
		return programmeId;
	}

	Long cohortId() {
		return cohortId;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	String eligibility() {
		return eligibility;
	}

	String guidance() {
		return guidance;
	}

	String reviewerGuidance() {
		return reviewerGuidance;
	}

	int minimumPartners() {
		return minimumPartners;
	}

	int capacity() {
		return capacity;
	}

	long budgetPerProject() {
		return budgetPerProject;
	}

	int scoreMax() {
		return scoreMax;
	}

	Instant opensAt() {
		return opensAt;
	}

	Instant closesAt() {
		return closesAt;
	}

	List<Criterion> criteria() {
		return List.copyOf(criteria);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** One scoring criterion and its weight. */
	@Embeddable
	record Criterion(String name, int weight) {
	}
}
