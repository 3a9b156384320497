package org.practiceexchange.shared.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

	@Test
	void wholePoundsHaveAThousandsCommaAndNoPence() {
		assertThat(Money.pounds(25000)).isEqualTo("£25,000");
		assertThat(Money.pounds(1_250_000L)).isEqualTo("£1,250,000");
		assertThat(Money.pounds(new BigDecimal("30000.00"))).isEqualTo("£30,000");
		assertThat(Money.pounds(0)).isEqualTo("£0");
		assertThat(Money.pounds(999)).isEqualTo("£999");
	}

	@Test
	void penceAreShownWhenThereAreAnyAndNothingForNoSum() {
		assertThat(Money.pounds(new BigDecimal("1250.5"))).isEqualTo("£1,250.50");
		assertThat(Money.pounds(new BigDecimal("-40.25"))).isEqualTo("-£40.25");
		assertThat(Money.pounds(null)).isEmpty();
		assertThat(new Money().format(25000)).isEqualTo("£25,000");
	}
}
