package org.practiceexchange.synthesis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Medians and quartiles by linear interpolation between the closest ranks (the method of
 * spreadsheets' QUARTILE.INC): for n sorted values, quantile p sits at position (n − 1)·p.
 */
final class Statistics {

	private Statistics() {
	}

	/** The five-number summary, or null when there are no values. */
	static SynthesisFigures.Spread spread(Collection<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		return new SynthesisFigures.Spread(tidy(sorted.get(0)), quantile(sorted, 1, 4), quantile(sorted, 1, 2),
				quantile(sorted, 3, 4), tidy(sorted.get(sorted.size() - 1)));
	}

	/** The quantile numerator/denominator of sorted values, exactly. */
	static BigDecimal quantile(List<BigDecimal> sorted, int numerator, int denominator) {
		int scaled = (sorted.size() - 1) * numerator;
		int below = scaled / denominator;
		int remainder = scaled % denominator;
		BigDecimal low = sorted.get(below);
		if (remainder == 0) {
			return tidy(low);
		}
		BigDecimal high = sorted.get(below + 1);
		BigDecimal fraction = BigDecimal.valueOf(remainder).divide(BigDecimal.valueOf(denominator));
		return tidy(low.add(high.subtract(low).multiply(fraction)));
	}

	/** 2.50 as 2.5 and 100 as 100 (not 1E+2). */
	static BigDecimal tidy(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
