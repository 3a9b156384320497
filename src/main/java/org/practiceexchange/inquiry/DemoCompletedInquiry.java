package org.practiceexchange.inquiry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a completed inquiry with its re-audit and evaluation (the colleague's, in the
 * West Midlands exchange), so the synthesis of learning has figures and lessons to quote.
 */
@Component
@Order(42)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoCompletedInquiry implements ApplicationRunner {

	static final String TITLE = "Reading bills and payslips with entry-level ESOL learners";

	private final InquiryRepository repository;

	private final InquiryService inquiries;

	private final Projects projects;

	private final People people;

	private final Clock clock;

	DemoCompletedInquiry(InquiryRepository repository, InquiryService inquiries, Projects projects, People people,
			Clock clock) {
		this.repository = repository;
		this.inquiries = inquiries;
		this.projects = projects;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> colleague = people.findByEmail("colleague@demo.test");
		if (colleague.isEmpty() || repository.findByPractitionerIdOrderByIdDesc(colleague.get().id()).stream()
			.anyMatch(i -> TITLE.equals(i.title()))) {
			return;
		}
		List<ProjectSummary> own = projects.involving(colleague.get().id()).stream()
			.filter(p -> p.isMember(colleague.get().id())).toList();
		if (own.isEmpty()) {
			return;
		}
		PersonSummary person = colleague.get();
		SignedInPerson ruth = new SignedInPerson(person.id(), person.email(), person.name(), person.roles(),
				person.organisationIds(), null, false, true);
		LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.LONDON));
		Long id = inquiries.start(own.get(0).id(), ruth, new InquiryForms.Start(TITLE)).id();
		MeasureView correct = inquiries.addMeasure(id, ruth, new InquiryForms.NewMeasure("Bill questions answered correctly",
				"questions out of 10", MeasureKind.NUMBER, null, null, new BigDecimal("3.5"), "Group average on a practice bill."));
		MeasureView confidence = inquiries.addMeasure(id, ruth, new InquiryForms.NewMeasure("Confidence reading a bill (self-rating)",
				"points", MeasureKind.RATING_SCALE, BigDecimal.ONE, BigDecimal.valueOf(5), new BigDecimal("2.1"),
				"Picture-based survey, 14 responses."));
		MeasureView help = inquiries.addMeasure(id, ruth, new InquiryForms.NewMeasure("Requests for help with letters in a week",
				"requests", MeasureKind.COUNT, null, null, BigDecimal.valueOf(9), "Tally kept at the front desk.", BetterWhen.LOWER));
		inquiries.advance(id, ruth);
		inquiries.revisePlan(id, ruth, new InquiryForms.Plan(List.of(new InquiryForms.Action(
				"Bring one real (blanked) bill or payslip to each session", "Ruth Mensah", today.minusWeeks(8),
				"Used in 8 of 10 sessions"))));
		inquiries.advance(id, ruth);
		inquiries.advance(id, ruth);
		inquiries.recordReaudit(id, correct.id(), ruth, new InquiryForms.Reaudit(new BigDecimal("6.2"), "Same practice bill"));
		inquiries.recordReaudit(id, confidence.id(), ruth, new InquiryForms.Reaudit(new BigDecimal("3.4"), "Same survey"));
		inquiries.recordReaudit(id, help.id(), ruth, new InquiryForms.Reaudit(BigDecimal.valueOf(4), "Same tally"));
		inquiries.advance(id, ruth);
		inquiries.evaluate(id, ruth, new InquiryForms.Evaluation(
				"Learners read real bills with more confidence and asked for less help with letters at the desk.",
				"Real documents mattered more than simplified ones: learners recognised the layout of their own bills and "
						+ "spotted the amount due and the date long before they could read every word.",
				"A short routine at the start of each session, always with the same three questions, made the work feel safe; "
						+ "learners began to bring their own letters.",
				"Build a bank of blanked real documents for the ESOL team and use the three-question routine across levels."));
		inquiries.advance(id, ruth);
	}
}
