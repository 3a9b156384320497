package org.practiceexchange.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.shared.export.Spreadsheets;
import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cascade log: each participant's records of sharing, and the reach they add up to. */
@Service
@Transactional(readOnly = true)
class CascadeService {

	record CascadeView(Long id, LocalDate sharedOn, Audience audience, SharingMode mode, int peopleReached,
			Long outputId, String outputTitle, String programmeName, String projectTitle, String personName, String note) {
	}

	record ReachRow(Long id, String label, long times, long people) {
	}

	record Reach(List<ReachRow> byOutput, List<ReachRow> byPerson, List<ReachRow> byProject, List<ReachRow> byProgramme) {

		/** Each table by what it adds up by, in the order the page and the CSV show them. */
		public Map<String, List<ReachRow>> tables() {
			Map<String, List<ReachRow>> tables = new java.util.LinkedHashMap<>();
			tables.put("Output", byOutput);
			tables.put("Project", byProject);
			tables.put("Programme", byProgramme);
			tables.put("Person", byPerson);
			return tables;
		}
	}

	private final CascadeRepository records;

	private final OutputRepository outputs;

	private final ProgrammeCatalogue programmes;

	private final People people;

	private final ProjectTitles projects;

	private final Clock clock;

	CascadeService(CascadeRepository records, OutputRepository outputs, ProgrammeCatalogue programmes, People people,
			ProjectTitles projects, Clock clock) {
		this.records = records;
		this.outputs = outputs;
		this.programmes = programmes;
		this.people = people;
		this.projects = projects;
		this.clock = clock;
	}

	@Transactional
	CascadeRecord record(SignedInPerson me, CascadeForm form) {
		Long programmeId = form.programmeId();
		Long projectId = form.projectId();
		if (projectId != null && !projects.involving(me.id()).containsKey(projectId)) {
			throw new DomainRuleException("projectId", "Choose one of your projects from the list");
		}
		if (form.outputId() != null) {
			Output output = outputs.findById(form.outputId()).filter(Output::isPublished)
				.orElseThrow(() -> new DomainRuleException("outputId", "Choose a published output from the list"));
			programmeId = programmeId == null ? output.programmeId() : programmeId;
			projectId = projectId == null ? output.projectId() : projectId;
		}
		if (programmeId != null && programmes.find(programmeId).isEmpty()) {
			throw new DomainRuleException("programmeId", "Choose a programme from the list");
		}
		return records.save(new CascadeRecord(me.id(), form.sharedOn(), form.audience(), form.mode(), form.reached(),
				form.outputId(), programmeId, projectId, form.note(), LocalDate.now(clock), clock.instant()));
	}

	List<CascadeView> mine(SignedInPerson me) {
		return views(records.findByPersonIdOrderBySharedOnDescIdDesc(me.id()));
	}

	List<CascadeView> all() {
		return views(records.findAllByOrderBySharedOnDescIdDesc());
	}

	/** The participant's projects to choose from when recording. */
	List<Choice> projectChoices(SignedInPerson me) {
		return projects.involving(me.id()).entrySet().stream().map(p -> new Choice(p.getKey(), p.getValue())).toList();
	}

	/** Published outputs to choose from when recording, newest first. */
	List<Choice> outputChoices() {
		return outputs.findAll(Harvest.published(null, null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 200,
						org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "publishedAt")))
			.stream()
			.map(o -> new Choice(o.id(), o.title()))
			.sorted(Comparator.comparing(Choice::name))
			.toList();
	}

	Reach reach() {
		Map<Long, String> titles = outputs.findAllById(records.reachByOutput().stream().map(r -> (Long) r[0]).toList())
			.stream().collect(Collectors.toMap(Output::id, Output::title));
		Map<Long, String> names = people.findAll(records.reachByPerson().stream().map(r -> (Long) r[0]).toList())
			.stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		Map<Long, String> programmeNames = programmes.all().stream()
			.collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::name));
		List<Object[]> byProject = records.reachByProject();
		Map<Long, String> projectTitles = projects.titles(byProject.stream().map(r -> (Long) r[0]).toList());
		return new Reach(rows(records.reachByOutput(), titles::get), rows(records.reachByPerson(), names::get),
				rows(byProject, projectTitles::get), rows(records.reachByProgramme(), programmeNames::get));
	}

	private static List<ReachRow> rows(List<Object[]> grouped, Function<Long, String> label) {
		return grouped.stream()
			.map(r -> new ReachRow((Long) r[0], String.valueOf(label.apply((Long) r[0])), ((Number) r[1]).longValue(),
					((Number) r[2]).longValue()))
			.sorted(Comparator.comparingLong(ReachRow::people).reversed().thenComparing(ReachRow::label))
			.toList();
	}

	void writeCsv(List<CascadeView> views, Writer out) {
		try (Spreadsheets.SafeCsv csv = Spreadsheets.csv(out, List.of("Date", "Person", "Audience", "Mode",
				"People reached", "Output", "Programme", "Project", "Note"))) {
			for (CascadeView view : views) {
				csv.row(view.sharedOn(), view.personName(), label(view.audience()), label(view.mode()), view.peopleReached(),
						view.outputTitle(), view.programmeName(), view.projectTitle(), view.note());
			}
		}
	}

	/** The reach figures as one table: each output, person, project and programme with its totals. */
	void writeReachCsv(Reach reach, Writer out) {
		try (Spreadsheets.SafeCsv csv = Spreadsheets.csv(out, List.of("Reach by", "Name", "Times shared", "People reached"))) {
			for (Map.Entry<String, List<ReachRow>> table : reach.tables().entrySet()) {
				for (ReachRow row : table.getValue()) {
					csv.row(table.getKey(), row.label(), row.times(), row.people());
				}
			}
		}
	}

	private static String label(Enum<?> value) {
		String words = value.name().toLowerCase().replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private List<CascadeView> views(List<CascadeRecord> found) {
		Map<Long, String> titles = outputs.findAllById(found.stream().map(CascadeRecord::outputId).filter(id -> id != null).distinct().toList())
			.stream().collect(Collectors.toMap(Output::id, Output::title));
		Map<Long, String> names = people.findAll(found.stream().map(CascadeRecord::personId).distinct().toList())
			.stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		Map<Long, String> programmeNames = programmes.all().stream()
			.collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::name));
		Map<Long, String> projectTitles = projects.titles(
				found.stream().map(CascadeRecord::projectId).filter(id -> id != null).distinct().toList());
		return found.stream()
			.map(r -> new CascadeView(r.id(), r.sharedOn(), r.audience(), r.mode(), r.peopleReached(), r.outputId(),
					titles.get(r.outputId()), programmeNames.get(r.programmeId()), projectTitles.get(r.projectId()),
					names.get(r.personId()), r.note()))
			.toList();
	}
}
