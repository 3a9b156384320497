package org.practiceexchange.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One version of an action plan. Revising the plan adds a version; earlier ones are kept. */
@Entity
@Table(name = "plan_version")
class PlanVersion {

	@Embeddable
	static class Action {

		private String what;

		private String who;

		private LocalDate dueOn;

		private String successCriterion;

		protected Action() {
		}

		Action(String what, String who, LocalDate dueOn, String successCriterion) {
			this.what = what.strip();
			this.who = who.strip();
			this.dueOn = dueOn;
			this.successCriterion = successCriterion.strip();
		}

		PlanView.ActionView view() {
			return new PlanView.ActionView(what, who, dueOn, successCriterion);
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Inquiry inquiry;

	private int number;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "plan_action", joinColumns = @JoinColumn(name = "plan_version_id"))
	@OrderColumn(name = "position")
	private List<Action> actions = new ArrayList<>();

	protected PlanVersion() {
	}

	PlanVersion(Inquiry inquiry, int number, List<Action> actions, Instant now) {
		this.inquiry = inquiry;
		this.number = number;
		this.actions = new ArrayList<>(actions);
		this.createdAt = now;
	}

	int number() {
		return number;
	}

	boolean hasActions() {
		return !actions.isEmpty();
	}

	PlanView view() {
		return new PlanView(number, createdAt, actions.stream().map(Action::view).toList());
	}
}
