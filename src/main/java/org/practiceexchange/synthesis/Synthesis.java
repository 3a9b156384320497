package org.practiceexchange.synthesis;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** A programme manager's synthesis of one programme, cohort or theme; public once published. */
@Entity
@Table(name = "synthesis")
class Synthesis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Scope scope;

	private Long scopeId;

	private String title;

	private boolean published;

	private Instant publishedAt;

	private Long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Synthesis() {
	}

	Synthesis(Scope scope, Long scopeId, String title, Long createdBy, Instant now) {
		if (title == null || title.isBlank()) {
			throw new DomainRuleException("title", "Enter a title");
		}
		this.scope = scope;
		this.scopeId = scopeId;
		this.title = title.strip();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void publish(Instant now) {
		if (!published) {
			published = true;
			publishedAt = now;
		}
	}

	void withdraw() {
		published = false;
	}

	Long id() {
		return id;
	}

	Scope scope() {
		return scope;
	}

	Long scopeId() {
		return scopeId;
	}

	String title() {
		return title;
	}

	boolean published() {
		return published;
	}

	Instant publishedAt() {
		return publishedAt;
	}
}
