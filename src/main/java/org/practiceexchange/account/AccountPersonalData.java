package org.practiceexchange.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.PersonalRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account module's parts of a person's subject access export: the account itself, the
 * organisations and roles it holds, and what is kept about signing in.
 */
final class AccountPersonalData {

	private AccountPersonalData() {
	}

	/** Whether a bean is one of this module's own parts (the retention of registrations looks past them). */
	static boolean isOwn(PersonalData data) {
		return org.springframework.aop.support.AopUtils.getTargetClass(data).getName()
			.startsWith(AccountPersonalData.class.getName());
	}

	@Component
	static class Account implements PersonalData {

		private final JdbcTemplate jdbc;

		Account(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "account";
		}

		@Override
		public Object export(DataSubject person) {
			List<Map<String, Object>> rows = PersonalRows.query(jdbc,
					"select id, name, email, status, created_at, deactivated_at from person where id = ?", person.id());
			if (rows.isEmpty()) {
				return Map.of();
			}
			Map<String, Object> account = new LinkedHashMap<>(rows.get(0));
			String status = String.valueOf(account.get("status"));
			account.put("verified", !PersonStatus.UNVERIFIED.name().equals(status) && !PersonStatus.INVITED.name().equals(status));
			List<Map<String, Object>> verified = PersonalRows.query(jdbc, "select max(used_at) as verified_at from account_token "
					+ "where person_id = ? and purpose = ?", person.id(), AccountToken.Purpose.VERIFY_EMAIL.name());
			account.put("verifiedAt", verified.isEmpty() ? null : verified.get(0).get("verifiedAt"));
			return account;
		}
	}

	@Component
	static class Memberships implements PersonalData {

		private final PeopleDirectory people;

		private final Organisations organisations;

		Memberships(PeopleDirectory people, Organisations organisations) {
			this.people = people;
			this.organisations = organisations;
		}

		@Override
		public String section() {
			return "organisations";
		}

		@Override
		public Object export(DataSubject person) {
			return people.find(person.id())
				.map(found -> organisations.findAll(found.organisationIds()).stream()
					.map(org -> Map.<String, Object>of("id", org.id(), "name", org.name()))
					.toList())
				.orElse(List.of());
		}
	}

	@Component
	static class Roles implements PersonalData {

		private final PeopleDirectory people;

		Roles(PeopleDirectory people) {
			this.people = people;
		}

		@Override
		public String section() {
			return "roles";
		}

		@Override
		public Object export(DataSubject person) {
			return people.find(person.id()).map(found -> found.roles().stream().map(Role::name).sorted().toList())
				.orElse(List.of());
		}
	}

	@Component
	static class SignIns implements PersonalData {

		private final JdbcTemplate jdbc;

		SignIns(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String section() {
			return "signInHistory";
		}

		@Override
		public Object export(DataSubject person) {
			Map<String, Object> history = new LinkedHashMap<>();
			history.put("kept", false);
			history.put("note", "No record of each sign-in is kept. Only the number of failed attempts since the last "
					+ "successful sign-in and, after too many, when the lock ends are stored, to protect the account.");
			PersonalRows.query(jdbc, "select failed_sign_ins, locked_until from person where id = ?", person.id())
				.forEach(history::putAll);
			return history;
		}

		@Override
		public boolean holdsRecordsOf(DataSubject person) {
			return false;
		}
	}
}
