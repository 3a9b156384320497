package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * Inquiries with measures chosen by the test, walked through the service: each measure's baseline
 * and (optional) re-audit. With every measure re-audited and {@code complete}, the inquiry is
 * evaluated and completed; otherwise it waits at the re-audit.
 */
@Component
public class MeasuredInquiryFixtures {

	/** A measure: its kind, which way is better, the baseline and the re-audit (null: not yet). */
	public record Measured(MeasureKind kind, BetterWhen betterWhen, String baseline, String reaudit) {
	}

	/** The evaluation written when an inquiry is completed. */
	public record Lessons(String content, String process, String implications) {
	}

	private final InquiryService inquiries;

	MeasuredInquiryFixtures(InquiryService inquiries) {
		this.inquiries = inquiries;
	}

	public Long anInquiry(Long projectId, SignedInPerson practitioner, String title, List<Measured> measures,
			Lessons lessons) {
		Long id = inquiries.start(projectId, practitioner, new InquiryForms.Start(title)).id();
		List<Long> measureIds = new ArrayList<>();
		int n = 0;
		for (Measured m : measures) {
			boolean rating = m.kind() == MeasureKind.RATING_SCALE;
			measureIds.add(inquiries.addMeasure(id, practitioner, new InquiryForms.NewMeasure("Measure " + (++n), "units",
					m.kind(), rating ? BigDecimal.ZERO : null, rating ? BigDecimal.TEN : null, new BigDecimal(m.baseline()),
					"Baseline", m.betterWhen())).id());
		}
		inquiries.advance(id, practitioner);
		inquiries.revisePlan(id, practitioner, new InquiryForms.Plan(List.of(new InquiryForms.Action("Try it", "Tutor",
				LocalDate.of(2027, 3, 1), "Used weekly"))));
		inquiries.advance(id, practitioner);
		inquiries.advance(id, practitioner);
		boolean all = true;
		for (int i = 0; i < measures.size(); i++) {
			if (measures.get(i).reaudit() == null) {
				all = false;
			}
			else {
				inquiries.recordReaudit(id, measureIds.get(i), practitioner,
						new InquiryForms.Reaudit(new BigDecimal(measures.get(i).reaudit()), "Same check"));
			}
		}
		if (all && lessons != null) {
			inquiries.advance(id, practitioner);
			inquiries.evaluate(id, practitioner, new InquiryForms.Evaluation("Things changed", lessons.content(),
					lessons.process(), lessons.implications()));
			inquiries.advance(id, practitioner);
		}
		return id;
	}
}
