package org.practiceexchange.resource;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;

/**
 * The library's resumption tokens, except that an {@code until} given to the second is kept as given:
 * the library widens every {@code until} to the end of its day when granularity is lenient, so a record
 * datestamped a second after {@code 2026-03-01T10:15:30Z} would be harvested. A plain date still means
 * the whole day. Tokens carry the exact instant, so later pages keep to it.
 */
final class OaiTokens implements ResumptionTokenFormat {

	private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

	private ResumptionTokenFormat tokens = new SimpleResumptionTokenFormat().withGranularity(Granularity.Lenient);

	@Override
	public ResumptionTokenFormat withGranularity(Granularity granularity) {
		tokens = tokens.withGranularity(granularity);
		return this;
	}

	@Override
	public String format(ResumptionToken.Value value) {
		return tokens.format(value);
	}

	@Override
	public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
		return tokens.parse(token);
	}

	@Override
	public Optional<ResumptionToken.Value> parse(Request request) throws BadResumptionTokenException {
		if (request.getResumptionToken().isPresent()) {
			return Optional.of(parse(request.getResumptionToken().get()));
		}
		String until = request.getRawUntil();
		if (until == null || !SECONDS.matcher(until).matches()) {
			return Optional.empty();
		}
		ResumptionToken.ValueBuilder value = new ResumptionToken.ValueBuilder().withOffset(0)
			.withUntil(Instant.parse(until));
		request.getMetadataPrefix().ifPresent(value::withMetadataPrefix);
		request.getFrom().ifPresent(value::withFrom);
		request.getSet().ifPresent(value::withSetSpec);
		return Optional.of(value.build());
	}
}
