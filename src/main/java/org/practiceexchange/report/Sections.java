package org.practiceexchange.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a report. A practitioner's report has the nature of the initiative, lessons about
 * content and about process, and implications for improvement; an outcome report has the partners'
 * contributions and the outcomes against those promised. Both have a title and a short summary
 * (what the outputs repository and the conference show).
 */
record Sections(String title, String summary, String nature, String contentLessons, String processLessons,
		String implications, String contributions, String outcomes) {

	Sections {
		title = clean(title);
		summary = clean(summary);
		nature = clean(nature);
		contentLessons = clean(contentLessons);
		processLessons = clean(processLessons);
		implications = clean(implications);
		contributions = clean(contributions);
		outcomes = clean(outcomes);
	}

	static Sections practitioner(String title, String summary, String nature, String contentLessons,
			String processLessons, String implications) {
		return new Sections(title, summary, nature, contentLessons, processLessons, implications, null, null);
	}

	static Sections outcome(String title, String summary, String contributions, String outcomes) {
		return new Sections(title, summary, null, null, null, null, contributions, outcomes);
	}

	/** The sections of this kind of report, by field name, with the names people read. */
	static Map<String, String> namesFor(ReportKind kind) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("title", "Title");
		names.put("summary", "Summary");
		if (kind == ReportKind.PRACTITIONER) {
			names.put("nature", "The nature of the initiative");
			names.put("contentLessons", "Lessons about content");
			names.put("processLessons", "Lessons about process");
			names.put("implications", "Implications for improvement");
		}
		else {
			names.put("contributions", "Partners' contributions");
			names.put("outcomes", "Outcomes against those promised");
		}
		return names;
	}

	String get(String field) {
		return switch (field) {
			case "title" -> title;
			case "summary" -> summary;
			case "nature" -> nature;
			case "contentLessons" -> contentLessons;
			case "processLessons" -> processLessons;
			case "implications" -> implications;
			case "contributions" -> contributions;
			case "outcomes" -> outcomes;
			default -> throw new IllegalArgumentException(field);
		};
	}

	/** The names of this kind's sections that differ between the two texts. */
	List<String> changedFrom(Sections before, ReportKind kind) {
		List<String> changed = new ArrayList<>();
		namesFor(kind).forEach((field, name) -> {
			if (!Objects.equals(get(field), before.get(field))) {
				changed.add(name);
			}
		});
		return changed;
	}

	/**
	 * The names of this kind's sections that hold nothing but what the draft started with: empty, or
	 * only the pre-filled headings (lines ending in a colon, such as "Riverside College (lead
	 * provider):") and lines copied unchanged from the pre-filled draft. Such a section has not been
	 * written yet.
	 */
	List<String> unwritten(ReportKind kind, Sections prefilled) {
		List<String> unwritten = new ArrayList<>();
		namesFor(kind).forEach((field, name) -> {
			if (!written(get(field), prefilled == null ? null : prefilled.get(field))) {
				unwritten.add(name);
			}
		});
		return unwritten;
	}

	private static boolean written(String text, String prefilled) {
		if (text == null) {
			return false;
		}
		List<String> given = new ArrayList<>();
		if (prefilled != null) {
			for (String line : prefilled.split("\\R")) {
				if (!line.isBlank()) {
					given.add(line.strip());
				}
			}
		}
		for (String line : text.split("\\R")) {
			String rest = line.strip();
			for (String heading : given) {
				if (heading.endsWith(":") && rest.startsWith(heading)) {
					rest = rest.substring(heading.length()).strip();
					break;
				}
			}
			if (rest.isEmpty() || rest.endsWith(":") || given.contains(rest)) {
				continue;
			}
			return true;
		}
		return false;
	}

	/** Every word the reader will read, for the estimate of sides. */
	int words(ReportKind kind) {
		int count = 0;
		for (String field : namesFor(kind).keySet()) {
			String text = get(field);
			if (text != null) {
				count += text.split("\\s+").length;
			}
		}
		return count;
	}

	/** Paragraph breaks in this kind's sections (each costs a little space on the page). */
	int paragraphs(ReportKind kind) {
		int count = 0;
		for (String field : namesFor(kind).keySet()) {
			String text = get(field);
			if (text != null) {
				count += text.split("\\R\\s*\\R").length;
			}
		}
		return count;
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace("\r\n", "\n").strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
