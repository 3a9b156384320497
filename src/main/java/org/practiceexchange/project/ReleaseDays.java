package org.practiceexchange.project;

import java.math.BigDecimal;

/** Days of release committed by providers and days used by their practitioners, added up. */
public record ReleaseDays(BigDecimal committed, BigDecimal used) {
}
