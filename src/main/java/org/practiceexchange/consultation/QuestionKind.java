package org.practiceexchange.consultation;

/**
 * What a question asks for: agreement on a five-point scale, free text, or agreement with each
 * recommendation and with its marks.
 */
enum QuestionKind {
	SCALE, FREE_TEXT, RECOMMENDATIONS
}
