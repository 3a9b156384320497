package org.practiceexchange.resource;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.programme.ThemeSummary;
import org.practiceexchange.shared.export.Pdfs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Demo mode only: published outputs like those the regional exchange groups produced, described in
 * our own words, with small generated files, one output still awaiting approval, and some cascade
 * records.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoOutputs implements ApplicationRunner {

	private final OutputService outputs;

	private final OutputRepository repository;

	private final CascadeService cascade;

	private final People people;

	private final ProgrammeCatalogue programmes;

	DemoOutputs(OutputService outputs, OutputRepository repository, CascadeService cascade, People people,
			ProgrammeCatalogue programmes) {
		this.outputs = outputs;
		this.repository = repository;
		this.cascade = cascade;
		this.people = people;
		this.programmes = programmes;
	}

	private record Demo(String title, String summary, String authors, OutputType type, Licence licence, int year,
			List<String> themes, boolean image) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0) {
			return;
		}
		Optional<SignedInPerson> practitioner = person("practitioner@demo.test");
		Optional<SignedInPerson> colleague = person("colleague@demo.test");
		Optional<SignedInPerson> manager = person("manager@demo.test");
		if (practitioner.isEmpty() || manager.isEmpty()) {
			return;
		}
		Long exchange = programmes.all().stream().filter(p -> p.name().startsWith("West Midlands"))
			.map(ProgrammeSummary::id).findFirst().orElse(null);
		Map<String, Long> themes = programmes.allThemes().stream()
			.collect(Collectors.toMap(ThemeSummary::name, ThemeSummary::id));
		Output first = null;
		for (Demo demo : demos()) {
			OutputForms.Proposal form = new OutputForms.Proposal(demo.title(), demo.summary(), demo.authors(),
					demo.type(), demo.licence(), exchange, demo.year(),
					demo.themes().stream().map(themes::get).toList(), List.of(), null, null);
			String slug = demo.title().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
			Output output = demo.image() ? outputs.propose(practitioner.get(), form, slug + ".png", png(demo.title()))
					: outputs.propose(practitioner.get(), form, slug + ".pdf", pdf(demo.title(), demo.summary()));
			outputs.approve(manager.get(), output.id());
			first = first == null ? output : first;
		}
		SignedInPerson proposer = colleague.orElse(practitioner.get());
		outputs.propose(proposer, new OutputForms.Proposal("Retention check-in cards for adult English classes",
				"A short set of prompt cards tutors use in the first weeks of a course to ask adult learners what might stop them attending, and what would help.",
				"Brookfield exchange group", OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, exchange, 2019,
				List.of(themes.get("English")), List.of(), null, null), "check-in-cards.pdf",
				pdf("Retention check-in cards", "Prompt cards for the first weeks of an adult English course."));
		record(practitioner.get(), first, 12, Audience.OWN_TEAM, SharingMode.FACE_TO_FACE, 40);
		record(practitioner.get(), first, 35, Audience.NETWORK_OR_CONFERENCE, SharingMode.ONLINE, 20);
		record(practitioner.get(), null, 8, Audience.OWN_ORGANISATION, SharingMode.FACE_TO_FACE, 10);
	}

	private void record(SignedInPerson me, Output output, int reached, Audience audience, SharingMode mode,
			int daysAgo) {
		cascade.record(me, new CascadeForm(LocalDate.now().minusDays(daysAgo), audience, mode, String.valueOf(reached),
				output == null ? null : output.id(), null, null, null));
	}

	private Optional<SignedInPerson> person(String email) {
		return people.findByEmail(email).map(DemoOutputs::signedIn);
	}

	private static SignedInPerson signedIn(PersonSummary person) {
		return new SignedInPerson(person.id(), person.email(), person.name(), person.roles(), person.organisationIds(),
				null, false, true);
	}

	private static List<Demo> demos() {
		return List.of(
				new Demo("Dyslexia screening activity for ESOL learners",
						"A gentle first-look activity that helps ESOL tutors notice signs that a learner may have dyslexia, "
								+ "without relying on reading in English. It includes tutor notes, a picture-based task and advice on what to do next.",
						"SEND exchange group; Riverside College", OutputType.SCREENING_TOOL, Licence.CC_BY_NC_SA_4_0, 2019,
						List.of("SEND", "ESOL"), false),
				new Demo("Quick-access delivery guides for different learning needs",
						"One-page guides a tutor can read in five minutes before a session: practical adjustments for learners "
								+ "with autism, ADHD, dyslexia, visual impairment and anxiety, written by tutors who use them.",
						"SEND delivery guides group", OutputType.DELIVERY_GUIDE, Licence.CC_BY_4_0, 2019, List.of("SEND"), false),
				new Demo("A digital skills framework for teaching staff",
						"A framework that sets out the digital skills teachers and trainers use, from the basics to leading others, "
								+ "with a self-check for each level and ideas for development.",
						"Digital skills exchange group", OutputType.FRAMEWORK, Licence.CC_BY_SA_4_0, 2018,
						List.of("Digital skills"), false),
				new Demo("Accessible maths assessment for ESOL learners",
						"An initial maths assessment designed so that the language does not get in the way: visual prompts, plain "
								+ "wording and a guide to judging what a learner can already do.",
						"Maths and ESOL exchange group", OutputType.SELF_ASSESSMENT_TOOL, Licence.CC_BY_NC_4_0, 2019,
						List.of("Maths", "ESOL"), false),
				new Demo("Behaviour management self-assessment for tutors",
						"A reflective tool for tutors to look at how they set expectations and respond to behaviour, with pointers "
								+ "to support, reading and colleagues who can help.",
						"Supporting staff exchange group", OutputType.SELF_ASSESSMENT_TOOL, Licence.ALL_RIGHTS_RESERVED, 2019,
						List.of("Supporting staff"), false),
				new Demo("Functional maths activities for ESOL learners: poster",
						"A one-page poster of practical functional maths activities on everyday topics such as shopping, "
								+ "timetables and recipes, with the key vocabulary for each.",
						"Maths and ESOL exchange group", OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, 2019,
						List.of("Maths", "ESOL"), true));
	}

	/**
	 * A one-page A4 PDF of the title and body, rendered as the reports are ({@link Pdfs}): the fonts
	 * embedded, tagged, with a title and a language, so outside PDF checkers accept it.
	 */
	static byte[] pdf(String title, String body) {
		String html = """
				<!DOCTYPE html>
				<html lang="en-GB">
				<head><meta charset="utf-8"/><title>%1$s</title>
				<style>@page { size: A4; margin: 20mm; } body { font-family: '%3$s'; font-size: 11pt; line-height: 1.4; }
				h1 { font-size: 16pt; }</style></head>
				<body><h1>%1$s</h1><p>%2$s</p></body></html>
				""".formatted(HtmlUtils.htmlEscape(title, "UTF-8"), HtmlUtils.htmlEscape(body, "UTF-8"), Pdfs.FONT);
		return Pdfs.render(html, builder -> {
		});
	}

	static byte[] png(String title) {
		BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x13, 0x4e, 0x4a));
		graphics.fillRect(0, 0, 600, 300);
		graphics.setColor(Color.WHITE);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
		graphics.drawString(title.length() > 50 ? title.substring(0, 50) : title, 24, 150);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
