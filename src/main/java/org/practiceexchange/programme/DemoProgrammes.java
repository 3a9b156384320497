package org.practiceexchange.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practiceexchange.programme.ProgrammeService.Action;
import org.practiceexchange.programme.ProgrammeService.CohortAction;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the sector's practitioner-led programmes, past and present, described in our
 * own words, with their cohorts.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoProgrammes implements ApplicationRunner {

	private final ProgrammeService programmes;

	private final ProgrammeRepository repository;

	DemoProgrammes(ProgrammeService programmes, ProgrammeRepository repository) {
		this.programmes = programmes;
		this.repository = repository;
	}

	private record Wave(String name, LocalDate startsOn, LocalDate endsOn, CohortAction state, Integer capacity,
			String schedule) {
	}

	private record Demo(ProgrammeForm form, List<String> themes, Action state, List<Wave> waves) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0) {
			return;
		}
		Map<String, Long> themes = programmes.allThemes().stream()
			.collect(Collectors.toMap(ThemeSummary::name, ThemeSummary::id));
		for (Demo demo : demos()) {
			ProgrammeForm form = demo.form();
			ProgrammeSummary created = programmes.create(new ProgrammeForm(form.name(), form.summary(),
					form.description(), form.model(), form.startYear(), form.endYear(), form.howToTakePart(),
					demo.themes().stream().map(themes::get).toList()));
			for (Wave wave : demo.waves()) {
				CohortSummary cohort = programmes.addCohort(created.id(),
						new CohortForm(wave.name(), wave.startsOn(), wave.endsOn(), wave.schedule(), wave.capacity()));
				if (wave.state() != null) {
					programmes.actOnCohort(cohort.id(), wave.state());
				}
			}
			if (demo.state() == Action.RELAUNCH) {
				programmes.act(created.id(), Action.CLOSE);
			}
			if (demo.state() != null) {
				programmes.act(created.id(), demo.state());
			}
			// Re-open cohorts meant to take applications after a relaunch.
			demo.waves().stream().filter(wave -> wave.state() == CohortAction.OPEN && demo.state() == Action.RELAUNCH)
				.forEach(wave -> programmes.find(created.id()).orElseThrow().cohorts().stream()
					.filter(cohort -> cohort.name().equals(wave.name()))
					.forEach(cohort -> programmes.actOnCohort(cohort.id(), CohortAction.OPEN)));
		}
	}

	private static final String METHOD_SCHEDULE = "Two methodology days at the start; a visit to refine each action plan; "
			+ "a mid-way review; an end-of-project evaluation half-day. Support by e-mail and phone in between.";

	private static List<Demo> demos() {
		return List.of(
				new Demo(form("Outstanding teaching, learning and assessment: action research with mentors",
						"Small groups of practitioners each ran an action research project in their own setting, supported by a research mentor.",
						"Over seven years, groups of teachers and trainers chose one aspect of teaching, learning or assessment to improve, "
								+ "gathered evidence of where things stood, tried a change and measured again. Each group had a research mentor "
								+ "who visited, commented on action plans and helped participants write up what they learnt. The programme "
								+ "also left an organisational guide to running action research.",
						ProgrammeModel.ACTION_RESEARCH, 2015, 2022,
						"This programme has finished. Its reports and resources stay published; the relaunched practitioner research programme is its successor."),
						List.of("Teaching, learning and assessment"), Action.CLOSE,
						List.of(wave("2019–20 groups", "2019-09-16", "2020-07-10", CohortAction.START, 40),
								wave("2021–22 groups", "2021-09-20", "2022-07-08", CohortAction.START, 40))),
				new Demo(form("Practitioner research programme",
						"The practitioner research programme is back: research your own practice with a mentor and a group of peers.",
						"Relaunched for 2024/25, the programme introduces practitioners to the action-research cycle: audit how things "
								+ "are now, plan and make a change, audit again with the same measures, and evaluate. Participants meet for "
								+ "methodology sessions, get a visit to refine their action plan, review progress mid-way and write a short "
								+ "report of four to five sides.",
						ProgrammeModel.ACTION_RESEARCH, 2024, 2025,
						"Apply to the open cohort with the agreement of your line manager. Your organisation commits at least five days of release time besides the central sessions."),
						List.of("Teaching, learning and assessment", "Maths", "English", "SEND"), Action.RELAUNCH,
						List.of(wave("2024/25 cohort", "2024-10-07", "2025-07-11", CohortAction.START, 30),
								wave("2026/27 cohort", "2027-01-11", "2027-07-16", CohortAction.OPEN, 30))),
				new Demo(form("Practice development groups",
						"Teachers and trainers met in action learning sets to develop one area of their practice together.",
						"Each group followed a set process: members took turns to bring a problem or a success, listened to "
								+ "questions and other perspectives, committed to actions and reported back at the next meeting. Groups "
								+ "shared useful resources as they went.",
						ProgrammeModel.ACTION_LEARNING_SET, 2016, 2019, null),
						List.of("Teaching, learning and assessment"), Action.CLOSE,
						List.of(wave("2017–18 sets", "2017-10-02", "2018-06-29", CohortAction.START, 60))),
				new Demo(form("Joint practice development projects",
						"Partnerships of providers won funding by tender to improve practice together, validated by an external organisation.",
						"Joint practice development means learning new ways of working by opening up practice to one another, so that "
								+ "practice is improved together rather than handed from one place to another. Each funded project brought "
								+ "several providers together on a topic they chose, set out the outcomes they would deliver and named an "
								+ "external organisation to support and validate the work. Eighteen proposals were funded in the first round.",
						ProgrammeModel.COLLABORATIVE_JPD, 2017, 2019,
						"Providers bid as partnerships when a call for proposals opens. A lead provider submits the proposal on behalf of at least two partners."),
						List.of("Maths", "English", "Vocational education and training", "STEM",
								"Leadership, management and governance", "SEND", "Initial teacher training",
								"Disadvantaged learners", "Careers education, information and guidance"),
						Action.RUN, List.of(wave("First funding round", "2017-11-01", "2019-03-29", CohortAction.START, 18))),
				new Demo(form("T Level resource improvement projects",
						"Providers and partners build and improve resources that help others plan and teach T Levels.",
						"Project teams of providers, employers and other stakeholders take an existing teaching resource, or a gap, and "
								+ "produce something other T Level teams can pick up and use. Every resource is published openly for the sector.",
						ProgrammeModel.RESOURCE_PROJECT, 2023, null,
						"Apply to the open cohort, naming the resource you want to improve and who you will work with."),
						List.of("T Levels", "Vocational education and training"), Action.OPEN,
						List.of(wave("2026/27 projects", "2027-02-01", "2027-07-30", CohortAction.OPEN, 12))),
				new Demo(form("Improvement projects for professional status",
						"Candidates for professional status carry out an improvement project that shows their professional development.",
						"As part of gaining professional status, each participant plans and carries out an improvement project in their "
								+ "own practice, with evidence of the difference it made and reflection on what they learnt.",
						ProgrammeModel.ACTION_RESEARCH, 2020, null,
						"Open to practitioners working towards professional status. Apply to the open cohort."),
						List.of("Initial teacher training", "Teaching, learning and assessment"), Action.OPEN,
						List.of(wave("Spring 2027 cohort", "2027-03-01", "2027-10-29", CohortAction.OPEN, null))),
				new Demo(form("Maths centres for excellence: action research",
						"Maths practitioners in centres for excellence run action research projects on teaching maths to post-16 learners.",
						"Teachers of maths in further education take one question about their teaching, such as how to build confidence "
								+ "in learners resitting GCSE, and investigate it through a cycle of action research with peers in other centres.",
						ProgrammeModel.ACTION_RESEARCH, 2019, 2024, null),
						List.of("Maths"), Action.RUN,
						List.of(wave("2023–24 projects", "2023-09-18", "2024-07-12", CohortAction.START, 50))),
				new Demo(form("Strategic innovation and skills: research for senior leaders",
						"Senior curriculum and quality leaders research questions that inform how they plan their curriculum.",
						"A programme for senior leaders: each participant investigates a strategic question facing their organisation, "
								+ "such as how to shape the curriculum around local skills needs, and shares findings with peers.",
						ProgrammeModel.ACTION_RESEARCH, 2025, 2026, null),
						List.of("Leadership, management and governance"), Action.RUN,
						List.of(wave("2025/26 leaders", "2025-11-03", "2026-06-26", CohortAction.START, 20))),
				new Demo(form("West Midlands professional exchange",
						"Organisations across the region learnt from one another in facilitated exchange groups, in two waves.",
						"After a launch event in March 2018, groups with experienced facilitators researched new areas of interest or tried "
								+ "new techniques, then shared a short report or a resource. Subjects ranged from maths resilience and "
								+ "functional skills for ESOL learners to digital skills frameworks, dyslexia screening and support for new "
								+ "teachers. Participants committed to cascade what they learnt in their own organisations and networks, and "
								+ "some groups carried on as communities of practice.",
						ProgrammeModel.EXCHANGE_GROUP, 2018, 2019, null),
						List.of("Maths", "ESOL", "Digital skills", "English", "SEND", "Supporting staff"), Action.CLOSE,
						List.of(wave("First wave", "2018-03-15", "2018-12-14", CohortAction.START, 80),
								wave("Second wave", "2019-01-14", "2019-07-05", CohortAction.START, 80))));
	}

	private static ProgrammeForm form(String name, String summary, String description, ProgrammeModel model,
			int startYear, Integer endYear, String howToTakePart) {
		return new ProgrammeForm(name, summary, description, model, startYear, endYear, howToTakePart, List.of());
	}

	private static Wave wave(String name, String startsOn, String endsOn, CohortAction state, Integer capacity) {
		return new Wave(name, LocalDate.parse(startsOn), LocalDate.parse(endsOn), state, capacity, METHOD_SCHEDULE);
	}
}
