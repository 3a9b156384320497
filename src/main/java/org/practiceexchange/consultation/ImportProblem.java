package org.practiceexchange.consultation;

/** One thing wrong with an imported table, where a person can find it: line and column from 1. */
record ImportProblem(int line, int column, String message) {

	public String describe() {
		return "Line " + line + ", column " + column + ": " + message;
	}
}
