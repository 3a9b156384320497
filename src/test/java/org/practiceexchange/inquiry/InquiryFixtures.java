package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.practiceexchange.project.ProjectFixtures;
import org.springframework.stereotype.Component;

/** Inquiries for tests: {@code fixtures.anInquiry(group, Stage.REAUDIT)} walks the cycle through the service. */
@Component
public class InquiryFixtures {

	private final InquiryService inquiries;

	InquiryFixtures(InquiryService inquiries) {
		this.inquiries = inquiries;
	}

	/** The first measure of an inquiry (one set up to PLAN or later has one). */
	public Long firstMeasureOf(ProjectFixtures.Group group, Long inquiryId) {
		return inquiries.fullView(inquiryId, group.member()).measures().get(0).id();
	}

	/** Adds an entry to the group member's intervention log (the inquiry must be past the audit, not complete). */
	public void log(ProjectFixtures.Group group, Long inquiryId, LocalDate on, String done, String observed) {
		inquiries.log(inquiryId, group.member(), new InquiryForms.LogEntry(on, done, observed));
	}

	/** The group member's inquiry, moved on to the stage with everything each move needs. */
	public Long anInquiry(ProjectFixtures.Group group, Stage stage) {
		var me = group.member();
		Long id = inquiries.start(group.project().id(), me, new InquiryForms.Start("Fractions through recipes")).id();
		if (stage == Stage.AUDIT) {
			return id;
		}
		MeasureView measure = inquiries.addMeasure(id, me, new InquiryForms.NewMeasure("Correct answers on the fractions check",
				"questions", MeasureKind.NUMBER, null, null, BigDecimal.valueOf(4), "Group average"));
		inquiries.advance(id, me);
		if (stage == Stage.PLAN) {
			return id;
		}
		inquiries.revisePlan(id, me, new InquiryForms.Plan(List.of(new InquiryForms.Action("Weekly recipe task", "Tutor",
				LocalDate.of(2027, 3, 1), "Used in 8 of 10 sessions"))));
		inquiries.advance(id, me);
		if (stage == Stage.INTERVENE) {
			return id;
		}
		inquiries.advance(id, me);
		if (stage == Stage.REAUDIT) {
			return id;
		}
		inquiries.recordReaudit(id, measure.id(), me, new InquiryForms.Reaudit(BigDecimal.valueOf(7), "Same check"));
		inquiries.advance(id, me);
		if (stage == Stage.EVALUATE) {
			return id;
		}
		inquiries.evaluate(id, me, new InquiryForms.Evaluation("More correct answers", "Recipes gave a reason to use fractions",
				"Short weekly cycles worked", "Share the task bank across the maths team"));
		inquiries.advance(id, me);
		return id;
	}
}
