package org.practiceexchange.consultation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A key recommendation, with its mark against each category (one character each, in header order). */
@Entity
@Table(name = "consultation_recommendation")
class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private int position;

	private int number;

	private String text;

	private String marks;

	protected Recommendation() {
	}

	Long id() {
		return id;
	}

	int position() {
		return position;
	}

	int number() {
		return number;
	}

	String text() {
		return text;
	}

	Mark mark(int category) {
		return category < marks.length() ? Mark.ofCode(marks.charAt(category)) : Mark.NONE;
	}

	List<Mark> marks() {
		List<Mark> all = new ArrayList<>();
		for (int i = 0; i < marks.length(); i++) {
			all.add(Mark.ofCode(marks.charAt(i)));
		}
		return all;
	}
}
