package org.practiceexchange.consultation;

import java.util.List;

import org.practiceexchange.shared.DomainRuleException;

/**
 * Every answer a response cannot be saved or submitted with, in the order the questions come on the
 * form, so the respondent sees them all at once. The message of the exception is the first problem's.
 */
class AnswerProblems extends DomainRuleException {

	/** One answer's problem: the form field it concerns, the element to link to, and what to do. */
	record Problem(String field, String anchor, String message) {
	}

	private final List<Problem> problems;

	AnswerProblems(List<Problem> problems) {
		super(problems.get(0).field(), problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}
}
