package org.practiceexchange.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The command records that account pages and APIs bind to. */
final class AccountForms {

	private AccountForms() {
	}

	record Registration(
			@NotBlank(message = "{person.name.required}") @Size(max = 200, message = "{person.name.size}") String name,
			@NotBlank(message = "{person.email.required}") @Email(message = "{person.email.format}") @Size(max = 254, message = "{person.email.size}") String email,
			@NotBlank(message = "{password.required}") @Size(min = 10, max = 64, message = "{password.size}") String password,
			@NotBlank(message = "{password.confirm.required}") String confirmPassword,
			@NotNull(message = "{person.organisation.required}") Long organisationId,
			Long secondOrganisationId) {

		static Registration empty() {
			return new Registration("", "", "", "", null, null);
		}

		List<Long> organisationIds() {
			return secondOrganisationId == null || secondOrganisationId.equals(organisationId) ? List.of(organisationId)
					: List.of(organisationId, secondOrganisationId);
		}
	}

	record ForgotPassword(
			@NotBlank(message = "{person.email.required}") @Email(message = "{person.email.format}") String email) {
	}

	record NewPassword(
			@NotBlank(message = "{password.required}") @Size(min = 10, max = 64, message = "{password.size}") String password,
			@NotBlank(message = "{password.confirm.required}") String confirmPassword) {

		static NewPassword empty() {
			return new NewPassword("", "");
		}
	}

	record ChangePassword(@NotBlank(message = "{password.current.required}") String currentPassword,
			@NotBlank(message = "{password.required}") @Size(min = 10, max = 64, message = "{password.size}") String password,
			@NotBlank(message = "{password.confirm.required}") String confirmPassword) {

		static ChangePassword empty() {
			return new ChangePassword("", "", "");
		}
	}

	/** A programme manager's view of a person. */
	record PersonDetails(
			@NotBlank(message = "{person.name.required}") @Size(max = 200, message = "{person.name.size}") String name,
			@NotBlank(message = "{person.email.required}") @Email(message = "{person.email.format}") @Size(max = 254, message = "{person.email.size}") String email,
			@NotEmpty(message = "{person.roles.required}") Set<Role> roles,
			List<Long> organisationIds) {

		static PersonDetails empty() {
			return new PersonDetails("", "", Set.of(Role.PRACTITIONER), List.of());
		}

		static PersonDetails of(PersonSummary person) {
			return new PersonDetails(person.name(), person.email(), person.roles(), person.organisationIds());
		}

		List<Long> organisations() {
			return organisationIds == null ? List.of() : organisationIds;
		}
	}

	record Profile(@NotBlank(message = "{person.name.required}") @Size(max = 200, message = "{person.name.size}") String name,
			@NotEmpty(message = "{person.organisation.required}") List<Long> organisationIds) {
	}
}
