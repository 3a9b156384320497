package org.practiceexchange.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;
import org.practiceexchange.shared.DomainRuleException;

/** One person's (or one private link's) response: a draft they may come back to, then a submitted record. */
@Entity
@Table(name = "consultation_response")
class Response {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long consultationId;

	private String token;

	private Long personId;

	private String email;

	@Enumerated(EnumType.STRING)
	private RespondentRole respondentRole;

	@Enumerated(EnumType.STRING)
	private OrganisationType organisationType;

	@Enumerated(EnumType.STRING)
	private Region region;

	@Enumerated(EnumType.STRING)
	private ResponseStatus status;

	private Instant startedAt;

	private Instant savedAt;

	private Instant submittedAt;

	private LocalDate submittedOn;

	private boolean linkSent;

	@OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Answer> answers = new ArrayList<>();

	@Version
	private long version;

	protected Response() {
	}

	Response(Long consultationId, String token, Long personId, Instant now) {
		this.consultationId = consultationId;
		this.token = token;
		this.personId = personId;
		this.status = ResponseStatus.DRAFT;
		this.startedAt = now;
		this.savedAt = now;
	}

	/** Saves the draft's answers; a submitted response refuses any change. */
	void save(ResponseForm form, List<Answer> newAnswers, Instant now) {
		requireDraft();
		this.email = form.email() == null || form.email().isBlank() ? null : form.email().strip();
		this.respondentRole = form.role();
		this.organisationType = form.organisationType();
		this.region = form.region();
		this.answers.clear();
		this.answers.addAll(newAnswers);
		this.savedAt = now;
	}

	void submit(Instant now, LocalDate today) {
		requireDraft();
		this.status = ResponseStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedOn = today;
		answers.forEach(answer -> answer.submit(respondentRole, organisationType, region));
	}

	private void requireDraft() {
		if (status == ResponseStatus.SUBMITTED) {
			throw new DomainRuleException(null, "This response has been submitted and cannot be changed");
		}
	}

	/** True the first time: the private link goes out once per response. */
	boolean markLinkSent() {
		if (linkSent || email == null) {
			return false;
		}
		linkSent = true;
		return true;
	}

	Long id() {
		return id;
	}

	LocalDate submittedOn() {
		return submittedOn;
	}

	Long consultationId() {
		return consultationId;
	}

	String token() {
		return token;
	}

	Long personId() {
		return personId;
	}

	String email() {
		return email;
	}

	RespondentRole role() {
		return respondentRole;
	}

	OrganisationType organisationType() {
		return organisationType;
	}

	Region region() {
		return region;
	}

	ResponseStatus status() {
		return status;
	}

	boolean submitted() {
		return status == ResponseStatus.SUBMITTED;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	List<Answer> answers() {
		return answers;
	}
}
