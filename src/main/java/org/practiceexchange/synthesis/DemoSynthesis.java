package org.practiceexchange.synthesis;

import java.util.Optional;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a published synthesis of the West Midlands professional exchange with two
 * narrative sections, a code, and one quote its practitioner has agreed to (another still asked).
 */
@Component
@Order(80)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoSynthesis implements ApplicationRunner {

	static final String PROGRAMME = "West Midlands professional exchange";

	private final SynthesisRepository repository;

	private final SynthesisService syntheses;

	private final QuoteService quotes;

	private final FigureService figures;

	private final ProgrammeCatalogue catalogue;

	private final People people;

	DemoSynthesis(SynthesisRepository repository, SynthesisService syntheses, QuoteService quotes, FigureService figures,
			ProgrammeCatalogue catalogue, People people) {
		this.repository = repository;
		this.syntheses = syntheses;
		this.quotes = quotes;
		this.figures = figures;
		this.catalogue = catalogue;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<ProgrammeSummary> programme = catalogue.all().stream().filter(p -> p.name().equals(PROGRAMME)).findFirst();
		Optional<PersonSummary> manager = people.findByEmail("manager@demo.test");
		if (programme.isEmpty() || manager.isEmpty()
				|| repository.findByScopeAndScopeId(Scope.PROGRAMME, programme.get().id()).isPresent()) {
			return;
		}
		SignedInPerson morgan = signedIn(manager.get());
		Long id = syntheses.create(morgan, new SynthesisForms.Create("PROGRAMME-" + programme.get().id(),
				"What the West Midlands exchange learned")).id();
		syntheses.addSection(id, new SynthesisForms.NewSection("Why we looked across the groups",
				"The exchange brought adult learning services, colleges and training providers together to try new techniques "
						+ "and share what happened. This synthesis gathers the groups' records in one place.\n\n"
						+ "The figures below build themselves from the projects, inquiries, release time and outputs; the quotes "
						+ "are practitioners' own words, shown with their agreement."));
		syntheses.addSection(id, new SynthesisForms.NewSection("What stands out",
				"Working with real documents, and short routines repeated every session, came up again and again. "
						+ "Where practitioners had their release time protected, inquiries reached a re-audit."));
		syntheses.addCode(id, new SynthesisForms.NewCode("Real-world materials"));
		syntheses.addCode(id, new SynthesisForms.NewCode("Short routines"));
		Records records = figures.records(Scope.PROGRAMME, programme.get().id());
		var codes = syntheses.manage(id).codes();
		Long materials = codes.stream().filter(c -> c.name().equals("Real-world materials")).findFirst().orElseThrow().id();
		Long routines = codes.stream().filter(c -> c.name().equals("Short routines")).findFirst().orElseThrow().id();
		records.inquiries().stream().filter(i -> i.evaluation() != null).findFirst().ifPresent(inquiry -> {
			Long agreed = quotes.choose(id, morgan, new SynthesisForms.Choose(inquiry.id(), Lesson.CONTENT, materials));
			quotes.choose(id, morgan, new SynthesisForms.Choose(inquiry.id(), Lesson.PROCESS, routines));
			people.find(inquiry.practitionerId()).map(DemoSynthesis::signedIn)
				.ifPresent(practitioner -> quotes.decide(practitioner, agreed, true));
		});
		syntheses.publish(id);
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), person.roles(), person.organisationIds(), null,
				false, true);
	}
}
