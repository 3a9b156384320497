package org.practiceexchange.programme;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An area of practice (maths, ESOL, SEND…). Retired rather than deleted: old work keeps it. */
@Entity
@Table(name = "theme")
class Theme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private boolean retired;

	private Instant createdAt;

	protected Theme() {
	}

	Theme(String name, Instant now) {
		this.name = name.strip();
		this.createdAt = now;
	}

	void rename(String name) {
		this.name = name.strip();
	}

	void retire() {
		retired = true;
	}

	void restore() {
		retired = false;
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	boolean retired() {
		return retired;
	}

	ThemeSummary summary() {
		return new ThemeSummary(id, name, retired);
	}
}
