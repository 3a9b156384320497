package org.practiceexchange.consultation;

import java.util.List;

/** The table cannot be imported; nothing was changed. Carries every problem found. */
class ImportRefused extends RuntimeException {

	private final List<ImportProblem> problems;

	ImportRefused(List<ImportProblem> problems) {
		super(problems.isEmpty() ? "The table cannot be imported" : problems.get(0).describe()
				+ (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : ""));
		this.problems = List.copyOf(problems);
	}

	List<ImportProblem> problems() {
		return problems;
	}
}
