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

/** A column of the matrix: a target group or a theme. */
@Entity
@Table(name = "consultation_category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "consultation_id")
	private Consultation consultation;

	private int position;

	private String name;

	@Enumerated(EnumType.STRING)
	private CategoryGroup categoryGroup;

	protected Category() {
	}

	void rename(String newName, CategoryGroup group) {
		this.name = newName.replaceAll("\\s+", " ").strip();
		this.categoryGroup = group;
	}

	Long id() {
		return id;
	}

	int position() {
		return position;
	}

	String name() {
		return name;
	}

	CategoryGroup group() {
		return categoryGroup;
	}
}
