package org.practiceexchange.conference;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The subject access export holds a person's conference applications and registrations, nobody else's. */
@IntegrationTest
class ConferencePersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	RegistrationService registrations;

	@Test
	void applicationsAndRegistrationsAreThePersonsOwn() throws Exception {
		ConferenceFixtures.Setup edition = fixtures.anEdition(10);
		SignedInPerson me = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		SignedInPerson someoneElse = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Long mine = fixtures.anApplication(edition.id(), me);
		Long theirs = fixtures.anApplication(edition.id(), someoneElse);
		registrations.register(edition.id(), me.id());
		registrations.register(edition.id(), someoneElse.id());
		SignedInPerson onlyRegistered = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		registrations.register(edition.id(), onlyRegistered.id());

		mvc.perform(get("/api/me/export").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conference.applications[*].id", contains(mine.intValue())))
			.andExpect(jsonPath("$.conference.applications[0].summary").value("What changed"))
			.andExpect(jsonPath("$.conference.applications[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.conference.registrations[*].editionId", contains(edition.id().intValue())))
			.andExpect(jsonPath("$.conference.registrations[0].status").value("REGISTERED"));
		mvc.perform(get("/api/me/export").with(user(someoneElse)))
			.andExpect(jsonPath("$.conference.applications[*].id", contains(theirs.intValue())));
		mvc.perform(get("/api/me/export").with(user(onlyRegistered)))
			.andExpect(jsonPath("$.conference.applications", empty()))
			.andExpect(jsonPath("$.conference.registrations.length()").value(1));
	}
}
