package org.practiceexchange.organisation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@Enumerated(EnumType.STRING)
	private Region region;

	private Instant createdAt;

	protected Organisation() {
	}

	Organisation(OrganisationForm form, Instant now) {
		this.createdAt = now;
		change(form);
	}

	void change(OrganisationForm form) {
		this.name = form.name().strip();
		this.type = form.type();
		this.region = form.region();
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	OrganisationSummary summary() {
		return new OrganisationSummary(id, name, type, region);
	}
}
