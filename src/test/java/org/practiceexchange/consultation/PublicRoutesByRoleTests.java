package org.practiceexchange.consultation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public consultation pages answer the same for a visitor and for every role, managers included. */
@IntegrationTest
class PublicRoutesByRoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Test
	void everyoneSeesPublishedConsultationsAndNobodySeesADraftOnThePublicSide() throws Exception {
		Long open = fixtures.anOpenConsultation();
		Long closed = fixtures.aClosedConsultation();
		Long draft = fixtures.aDraftWithTheSeedMatrix();
		List<SignedInPerson> people = new ArrayList<>();
		people.add(null);
		for (Role role : Role.values()) {
			people.add(accounts.aPerson(role));
		}
		for (SignedInPerson person : people) {
			mvc.perform(as(get("/consultations"), person)).andExpect(status().isOk());
			mvc.perform(as(get("/consultations/{id}", open), person)).andExpect(status().isOk());
			mvc.perform(as(get("/consultations/{id}", closed), person)).andExpect(status().isOk());
			mvc.perform(as(get("/consultations/{id}", draft), person)).andExpect(status().isNotFound());
			mvc.perform(as(get("/api/consultations/{id}/summary", open), person)).andExpect(status().isOk());
		}
	}

	static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, SignedInPerson person) {
		return person == null ? request : request.with(user(person));
	}
}
