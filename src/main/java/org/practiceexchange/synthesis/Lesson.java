package org.practiceexchange.synthesis;

import org.practiceexchange.inquiry.InquiryRecord;

/** Which part of an evaluation a quote comes from. */
enum Lesson {
	CONTENT, PROCESS, IMPLICATIONS;

	String textOf(InquiryRecord.Evaluation evaluation) {
		return switch (this) {
			case CONTENT -> evaluation.contentLessons();
			case PROCESS -> evaluation.processLessons();
			case IMPLICATIONS -> evaluation.implications();
		};
	}
}
