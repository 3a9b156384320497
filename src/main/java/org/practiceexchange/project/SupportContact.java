package org.practiceexchange.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practiceexchange.shared.DomainRuleException;

/** A mentor's contact with a practitioner between sessions. */
@Entity
@Table(name = "support_contact")
class SupportContact {

	enum Kind {
		EMAIL, PHONE, VISIT, ONLINE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long personId;

	private Long mentorId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate contactOn;

	private int minutes;

	private String note;

	private Instant createdAt;

	protected SupportContact() {
	}

	SupportContact(Long projectId, Long personId, Long mentorId, SupportForm form, Instant now) {
		this.projectId = projectId;
		this.personId = personId;
		this.mentorId = mentorId;
		this.kind = form.kind();
		this.contactOn = form.contactOn();
		if (form.minutesValue() < 1 || form.minutesValue() > 600) {
			throw new DomainRuleException("minutes", "Enter a duration between 1 and 600 minutes");
		}
		this.minutes = form.minutesValue();
		this.note = form.note().strip();
		this.createdAt = now;
	}

	ReleaseSupport.ContactView view() {
		return new ReleaseSupport.ContactView(id, personId, mentorId, kind, contactOn, minutes, note);
	}
}
