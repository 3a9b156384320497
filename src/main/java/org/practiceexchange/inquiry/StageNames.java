package org.practiceexchange.inquiry;

/** Plain names of the stages for messages built in code. */
final class StageNames {

	private StageNames() {
	}

	static String name(Stage stage) {
		return switch (stage) {
			case AUDIT -> "the audit";
			case PLAN -> "planning";
			case INTERVENE -> "the intervention";
			case REAUDIT -> "the re-audit";
			case EVALUATE -> "the evaluation";
			case COMPLETE -> "complete";
		};
	}
}
