package org.practiceexchange.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Sums of money as the product shows them, everywhere: pounds with a thousands comma and no pence
 * when there are none ({@code £25,000}), pence when there are ({@code £1,250.50}). Templates call
 * {@code ${@money.format(amount)}}; Java code calls {@link #pounds(Number)}.
 */
@org.springframework.stereotype.Component("money")
public class Money {

	/** The amount in pounds, or an empty string for none. */
	public static String pounds(Number amount) {
		if (amount == null) {
			return "";
		}
		BigDecimal value = amount instanceof BigDecimal ? (BigDecimal) amount : new BigDecimal(amount.toString());
		boolean whole = value.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String digits = format.format(value.abs());
		return (value.signum() < 0 ? "-£" : "£") + digits;
	}

	public String format(Number amount) {
		return pounds(amount);
	}
}
