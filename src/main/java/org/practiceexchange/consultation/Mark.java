package org.practiceexchange.consultation;

import java.util.Locale;
import java.util.Optional;

/** How a recommendation relates to a category: it applies, it may apply, or neither. */
enum Mark {
	APPLIES('A', "✓"), UNCERTAIN('U', "?"), NONE('.', "");

	private final char code;

	private final String symbol;

	Mark(char code, String symbol) {
		this.code = code;
		this.symbol = symbol;
	}

	char code() {
		return code;
	}

	String symbol() {
		return symbol;
	}

	/** A cell as people type it: X, x, ✓, ✔ or yes (any case) apply, ? is uncertain, empty is neither. */
	static Optional<Mark> parse(String cell) {
		String text = cell == null ? "" : cell.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
		return switch (text) {
			case "" -> Optional.of(NONE);
			case "x", "✓", "✔", "yes" -> Optional.of(APPLIES);
			case "?" -> Optional.of(UNCERTAIN);
			default -> Optional.empty();
		};
	}

	static Mark ofCode(char code) {
		for (Mark mark : values()) {
			if (mark.code == code) {
				return mark;
			}
		}
		return NONE;
	}

	/** Marks from two lines of one recommendation merge: applies beats uncertain beats neither. */
	Mark merge(Mark other) {
		return ordinal() <= other.ordinal() ? this : other;
	}
}
