package org.practiceexchange.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;

/**
 * One answer in a response: a choice on a scale (1 strongly disagree … 5 strongly agree), a
 * choice about a recommendation (1 agree, 2 not sure, 3 disagree), or free text. Once submitted
 * it also carries the respondent's role, organisation type and region, so analysis reads one table.
 */
@Entity
@Table(name = "consultation_answer")
class Answer {

	static final String ABOUT_RECOMMENDATION = "RECOMMENDATION";

	static final String ABOUT_MARKS = "MARKS";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "response_id")
	private Response response;

	private Long consultationId;

	private Long questionId;

	private Long recommendationId;

	private String aspect;

	private Short choice;

	private String textValue;

	private boolean submitted;

	@Enumerated(EnumType.STRING)
	private RespondentRole respondentRole;

	@Enumerated(EnumType.STRING)
	private OrganisationType organisationType;

	@Enumerated(EnumType.STRING)
	private Region region;

	protected Answer() {
	}

	Answer(Response response, Long questionId, Long recommendationId, String aspect, Integer choice, String text) {
		this.response = response;
		this.consultationId = response.consultationId();
		this.questionId = questionId;
		this.recommendationId = recommendationId;
		this.aspect = aspect;
		this.choice = choice == null ? null : choice.shortValue();
		this.textValue = text;
	}

	void submit(RespondentRole role, OrganisationType type, Region where) {
		this.submitted = true;
		this.respondentRole = role;
		this.organisationType = type;
		this.region = where;
	}

	Long id() {
		return id;
	}

	Long questionId() {
		return questionId;
	}

	Long recommendationId() {
		return recommendationId;
	}

	String aspect() {
		return aspect;
	}

	Integer choice() {
		return choice == null ? null : choice.intValue();
	}

	String text() {
		return textValue;
	}
}
