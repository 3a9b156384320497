package org.practiceexchange.shared.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records that serve no further purpose are kept ({@code exchange.retention.*}, ISO-8601
 * durations such as {@code P30D}): registrations never confirmed, e-mailed links that are used or
 * expired, consultation responses started and never submitted. The retention job enforces them and
 * the privacy notice states them.
 */
@ConfigurationProperties("exchange.retention")
public record RetentionPeriods(@DefaultValue("P30D") Duration unverifiedRegistrations,
		@DefaultValue("P7D") Duration spentTokens, @DefaultValue("P90D") Duration draftConsultationResponses) {
}
