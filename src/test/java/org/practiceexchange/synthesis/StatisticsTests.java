package org.practiceexchange.synthesis;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsTests {

	private static List<BigDecimal> values(String... numbers) {
		return java.util.Arrays.stream(numbers).map(BigDecimal::new).toList();
	}

	@Test
	void quartilesInterpolateBetweenTheClosestRanks() {
		SynthesisFigures.Spread spread = Statistics.spread(values("4", "1", "3", "2"));

		assertThat(spread.lowest()).isEqualByComparingTo("1");
		assertThat(spread.lowerQuartile()).isEqualByComparingTo("1.75");
		assertThat(spread.median()).isEqualByComparingTo("2.5");
		assertThat(spread.upperQuartile()).isEqualByComparingTo("3.25");
		assertThat(spread.highest()).isEqualByComparingTo("4");
	}

	@Test
	void anOddCountHasItsMiddleValueAsMedian() {
		assertThat(Statistics.spread(values("7", "-2", "3")).median()).isEqualByComparingTo("3");
	}

	@Test
	void oneValueIsEveryFigureOfItsSpread() {
		SynthesisFigures.Spread spread = Statistics.spread(values("-5"));

		assertThat(List.of(spread.lowest(), spread.lowerQuartile(), spread.median(), spread.upperQuartile(), spread.highest()))
			.allSatisfy(v -> assertThat(v).isEqualByComparingTo("-5"));
	}

	@Test
	void noValuesHaveNoSpread() {
		assertThat(Statistics.spread(List.of())).isNull();
	}

	@Test
	void tidyNumbersDropTrailingZerosWithoutExponents() {
		assertThat(Statistics.tidy(new BigDecimal("2.50")).toString()).isEqualTo("2.5");
		assertThat(Statistics.tidy(new BigDecimal("100.0")).toString()).isEqualTo("100");
	}
}
