package org.practiceexchange.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A strand of the programme: talks on one line of work that run in parallel with the others. */
@Entity
@Table(name = "conference_strand")
class Strand {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	protected Strand() {
	}

	Strand(String name) {
		this.name = name;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}
}
