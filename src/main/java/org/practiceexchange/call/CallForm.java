package org.practiceexchange.call;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call as a programme manager enters it. Times are London wall-clock times; criteria are one per
 * line, "name | weight".
 */
record CallForm(@NotNull(message = "{call.programme.required}") Long programmeId, Long cohortId,
		@NotBlank(message = "{call.title.required}") @Size(max = 200, message = "{call.title.size}") String title,
		@NotBlank(message = "{call.description.required}") @Size(max = 4000, message = "{call.text.size}") String description,
		@Size(max = 4000, message = "{call.text.size}") String eligibility,
		@Size(max = 4000, message = "{call.text.size}") String guidance,
		@NotNull(message = "{call.number.required}") @Min(value = 0, message = "{call.partners.min}") @Max(value = 20, message = "{call.partners.max}") Integer minimumPartners,
		@NotNull(message = "{call.number.required}") @Min(value = 1, message = "{call.capacity.min}") Integer capacity,
		@NotNull(message = "{call.number.required}") @Min(value = 0, message = "{call.budget.min}") Long budgetPerProject,
		@NotNull(message = "{call.number.required}") @Min(value = 2, message = "{call.scale.range}") @Max(value = 10, message = "{call.scale.range}") Integer scoreMax,
		@NotNull(message = "{call.opensAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opensAt,
		@NotNull(message = "{call.closesAt.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
		@NotBlank(message = "{call.criteria.required}") @Size(max = 4000, message = "{call.text.size}") String criteria) {

	static CallForm empty() {
		return new CallForm(null, null, "", "", "", "", 2, 18, 30000L, 5, null, null,
				"Quality of the joint practice development plan | 40\nStrength of the partnership | 30\nOutcomes and external validation | 20\nValue for money | 10");
	}

	static CallForm of(CallView call) {
		return new CallForm(call.programmeId(), call.cohortId(), call.title(), call.description(), call.eligibility(),
				call.guidance(), call.minimumPartners(), call.capacity(), call.budgetPerProject(), call.scoreMax(),
				LocalDateTime.ofInstant(call.opensAt(), TimeConfiguration.LONDON),
				LocalDateTime.ofInstant(call.closesAt(), TimeConfiguration.LONDON),
				String.join("\n", call.criteria().stream().map(c -> c.name() + " | " + c.weight()).toList()));
	}

	Instant opensAtInstant() {
		return opensAt.atZone(TimeConfiguration.LONDON).toInstant();
	}

	Instant closesAtInstant() {
		return closesAt.atZone(TimeConfiguration.LONDON).toInstant();
	}

	/** "Name | weight" per line; a broken line is reported against the criteria field. */
	List<FundingCall.Criterion> parsedCriteria() {
		List<FundingCall.Criterion> parsed = new ArrayList<>();
		String[] lines = criteria == null ? new String[0] : criteria.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			if (bar < 1) {
				throw new DomainRuleException("criteria", "Line " + (i + 1) + ": write the criterion, a bar and its weight, for example \"Value for money | 10\"");
			}
			String name = line.substring(0, bar).strip();
			try {
				int weight = Integer.parseInt(line.substring(bar + 1).strip());
				if (weight < 1 || weight > 100 || name.isEmpty() || name.length() > 200) {
					throw new NumberFormatException();
				}
				parsed.add(new FundingCall.Criterion(name, weight));
			}
			catch (NumberFormatException ex) {
				throw new DomainRuleException("criteria", "Line " + (i + 1) + ": the weight must be a whole number from 1 to 100 after a named criterion");
			}
		}
		return parsed;
	}
}
