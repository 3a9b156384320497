package org.practiceexchange.conference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A practitioner's application to present their work at one edition, with the reviewers' scores. */
@Entity
@Table(name = "conference_application")
class TalkApplication {

	enum Status {
		SUBMITTED, SELECTED, DECLINED, WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long editionId;

	private Long applicantId;

	private String workKey;

	private String title;

	private String summary;

	private String measuresChanged;

	private Long inquiryId;

	private Long projectId;

	private Long reportId;

	private Long outputId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant submittedAt;

	private Instant decidedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "conference_application_theme", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new LinkedHashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "application_id", nullable = false)
	private List<Score> scores = new ArrayList<>();

	protected TalkApplication() {
	}

	TalkApplication(Long editionId, Long applicantId, PresentableWork.Work work, ConferenceForms.ApplicationForm form,
			Instant now) {
		if (form.outputId() != null && !work.outputIds().contains(form.outputId())) {
			throw new DomainRuleException("outputId", "Choose one of the published outputs of this work");
		}
		this.editionId = editionId;
		this.applicantId = applicantId;
		this.workKey = work.key();
		this.inquiryId = work.inquiryId();
		this.projectId = work.projectId();
		this.reportId = work.reportId();
		this.outputId = form.outputId();
		this.title = form.title().strip();
		this.summary = form.summary().strip();
		this.measuresChanged = form.measuresChanged() == null || form.measuresChanged().isBlank() ? null
				: form.measuresChanged().strip();
		this.themeIds.addAll(form.themes());
		this.status = Status.SUBMITTED;
		this.submittedAt = now;
	}

	/** A reviewer's or the manager's score from 1 to 5; scoring again replaces their earlier score. */
	void score(Long reviewerId, int value, String comments, Instant now) {
		if (status == Status.WITHDRAWN) {
			throw new DomainRuleException(null, "The applicant has withdrawn this application");
		}
		if (reviewerId.equals(applicantId)) {
			throw new DomainRuleException(null, "You cannot score your own application");
		}
		if (value < 1 || value > 5) {
			throw new DomainRuleException("score", "Give a score from 1 to 5");
		}
		String cleaned = comments == null || comments.isBlank() ? null : comments.strip();
		scores.stream().filter(score -> score.reviewerId().equals(reviewerId)).findFirst().ifPresentOrElse(
				score -> score.change(value, cleaned, now), () -> scores.add(new Score(reviewerId, value, cleaned, now)));
	}

	void decide(boolean select, Long deciderId, Instant now) {
		if (status == Status.WITHDRAWN) {
			throw new DomainRuleException(null, "The applicant has withdrawn this application");
		}
		if (deciderId.equals(applicantId)) {
			throw new DomainRuleException(null, "You cannot decide on your own application");
		}
		status = select ? Status.SELECTED : Status.DECLINED;
		decidedAt = now;
	}

	void withdraw() {
		if (status == Status.WITHDRAWN) {
			throw new DomainRuleException(null, "This application has already been withdrawn");
		}
		status = Status.WITHDRAWN;
	}

	Double averageScore() {
		return scores.isEmpty() ? null : scores.stream().mapToInt(Score::score).average().orElse(0);
	}

	boolean selected() {
		return status == Status.SELECTED;
	}

	List<String> measureLines() {
		return measuresChanged == null ? List.of() : measuresChanged.lines().filter(line -> !line.isBlank()).toList();
	}

	Long id() {
		return id;
	}

	Long editionId() {
		return editionId;
	}

	Long applicantId() {
		return applicantId;
	}

	String workKey() {
		return workKey;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	String measuresChanged() {
		return measuresChanged;
	}

	Long inquiryId() {
		return inquiryId;
	}

	Long projectId() {
		return projectId;
	}

	Long reportId() {
		return reportId;
	}

	Long outputId() {
		return outputId;
	}

	Status status() {
		return status;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Set<Long> themeIds() {
		return Set.copyOf(themeIds);
	}

	List<Score> scores() {
		return List.copyOf(scores);
	}
}
