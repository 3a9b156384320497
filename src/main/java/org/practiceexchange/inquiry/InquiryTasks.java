package org.practiceexchange.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.practiceexchange.account.Role;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.tasks.Task;
import org.practiceexchange.shared.tasks.TaskSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practitioner's next stage gate on each inquiry not yet complete nor withdrawn, and what it still needs; a
 * mentor's or facilitator's action plans that have no comment from them yet.
 */
@Component
@Transactional(readOnly = true)
class InquiryTasks implements TaskSource {

	private final InquiryRepository inquiries;

	private final Projects projects;

	InquiryTasks(InquiryRepository inquiries, Projects projects) {
		this.inquiries = inquiries;
		this.projects = projects;
	}

	@Override
	public List<Task> tasksFor(Long personId, Set<String> roles, LocalDate today) {
		List<Task> tasks = new ArrayList<>();
		if (roles.contains(Role.PRACTITIONER.name())) {
			for (Inquiry inquiry : inquiries.findByPractitionerIdOrderByIdDesc(personId)) {
				if (inquiry.stage() != Stage.COMPLETE && !inquiry.withdrawn()) {
					tasks.add(Task.of(Role.PRACTITIONER.name(), "inquiry-stage", "/inquiries/" + inquiry.id(), null,
							"task.inquiry." + inquiry.stage() + (gateMet(inquiry) ? ".ready" : ""), inquiry.title()));
				}
			}
		}
		if (roles.contains(Role.MENTOR.name())) {
			List<Long> supported = projects.involving(personId).stream()
				.filter(project -> project.isSupporter(personId))
				.map(ProjectSummary::id)
				.toList();
			if (!supported.isEmpty()) {
				for (Inquiry inquiry : inquiries.findByProjectIdInOrderByIdDesc(supported)) {
					if (awaitsCommentOnPlan(inquiry)) {
						tasks.add(Task.of(Role.MENTOR.name(), "plan-comment", "/inquiries/" + inquiry.id() + "/plan", null,
								"task.inquiry.planComment", inquiry.title(), inquiry.currentPlan().number()));
					}
				}
			}
		}
		return tasks;
	}

	/** Whether the inquiry already has what its next stage asks for (see {@link Inquiry#advance()}). */
	private static boolean gateMet(Inquiry inquiry) {
		return switch (inquiry.stage()) {
			case AUDIT -> !inquiry.measures().isEmpty();
			case PLAN -> true;
			case INTERVENE -> inquiry.currentPlan() != null && inquiry.currentPlan().hasActions();
			case REAUDIT -> inquiry.measures().stream().allMatch(Measure::hasReaudit);
			case EVALUATE -> inquiry.hasEvaluation();
			case COMPLETE -> false;
		};
	}

	/** A current plan version that nobody but the practitioner has commented on. */
	private static boolean awaitsCommentOnPlan(Inquiry inquiry) {
		if (inquiry.stage() == Stage.COMPLETE || inquiry.withdrawn() || inquiry.currentPlan() == null) {
			return false;
		}
		int current = inquiry.currentPlan().number();
		return inquiry.comments().stream()
			.noneMatch(comment -> !comment.authorId().equals(inquiry.practitionerId())
					&& Integer.valueOf(current).equals(comment.planVersion()));
	}
}
