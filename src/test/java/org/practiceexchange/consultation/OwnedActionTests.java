package org.practiceexchange.consultation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OwnedActionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	OwnedActionService actions;

	@Test
	void managerTurnsARecommendationIntoAnOwnedActionTheSectorFollowsAfterClosing() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		OrganisationSummary owner = accounts.anOrganisation();
		Long id = fixtures.anOpenConsultation();
		Long recommendation = fixtures.view(id).recommendations().get(6).id();
		mvc.perform(post("/manage/consultations/{id}/actions", id).with(user(manager)).with(csrf())
				.param("recommendationId", recommendation.toString()).param("ownerOrganisationId", owner.id().toString())
				.param("title", "Run leadership development sets").param("dueOn", "2027-07-16"))
			.andExpect(status().is3xxRedirection());
		Long actionId = actions.list(id).get(0).id();
		mvc.perform(post("/manage/consultations/{id}/actions/{a}/progress", id, actionId).with(user(manager)).with(csrf())
				.param("status", "IN_PROGRESS").param("note", "First two sets have met"))
			.andExpect(status().is3xxRedirection());
		fixtures.close(id);
		mvc.perform(get("/consultations/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Run leadership development sets")))
			.andExpect(content().string(containsString(owner.name())))
			.andExpect(content().string(containsString("In progress")))
			.andExpect(content().string(containsString("First two sets have met")))
			.andExpect(content().string(containsString("16 July 2027")));
	}

	@Test
	void progressWithoutANoteKeepsTheChosenStatusAndSaysSoBesideTheNoteOfThatActionOnly() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		Long id = fixtures.anOpenConsultation();
		List<ConsultationView.RecommendationView> recommendations = fixtures.view(id).recommendations();
		Long owner = accounts.anOrganisation().id();
		actions.add(id, new ActionForm(recommendations.get(0).id(), owner, "Write the guidance", null));
		actions.add(id, new ActionForm(recommendations.get(1).id(), owner, "Fund the sets", null));
		Long first = actions.list(id).get(0).id();
		Long second = actions.list(id).get(1).id();
		String path = "/manage/consultations/{id}/actions/{a}/progress";

		FormPage page = FormPage.of(mvc.perform(post(path, id, second).param("status", "IN_PROGRESS").param("note", " ")
				.with(user(manager)).with(csrf())).andReturn())
			.form("action-" + second)
			.showsError("note", "Say what has happened")
			.keeps("status", "IN_PROGRESS")
			.onlyThisFormShowsErrors();
		page.form("action-" + first).keeps("status", "PLANNED").keeps("note", "");
		String tooLong = "The first draft went to the sector panel. ".repeat(60).strip();
		FormPage.of(mvc.perform(post(path, id, second).param("status", "DONE").param("note", tooLong)
				.with(user(manager)).with(csrf())).andReturn())
			.form("action-" + second)
			.showsError("note", "Keep the note to 2,000 characters or fewer")
			.keeps("status", "DONE")
			.keeps("note", tooLong);
		FormPage.of(mvc.perform(post(path, id, second).param("note", "No status").with(user(manager)).with(csrf())).andReturn())
			.form("action-" + second)
			.showsError("status", "Choose the action's new status")
			.keeps("note", "No status");
		assertThat(actions.list(id).get(1).notes()).isEmpty();

		mvc.perform(post(path, id, second).param("status", "DONE").param("note", "Funded").with(user(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// a finished action has no form left: the refusal is said at the top of the page
		mvc.perform(post(path, id, second).param("status", "IN_PROGRESS").param("note", "Again").with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This action is finished")));
	}

	@Test
	void actionNeedsAnOpenConsultationAKnownRecommendationAndOwner() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		Long draft = fixtures.aDraftWithTheSeedMatrix();
		Long recommendation = fixtures.view(draft).recommendations().get(0).id();
		Long owner = accounts.anOrganisation().id();
		assertThatThrownBy(() -> actions.add(draft, new ActionForm(recommendation, owner, "Too soon", null)))
			.isInstanceOf(DomainRuleException.class);
		Long open = fixtures.anOpenConsultation();
		mvc.perform(post("/manage/consultations/{id}/actions", open).with(user(manager)).with(csrf())
				.param("recommendationId", recommendation.toString()).param("ownerOrganisationId", owner.toString())
				.param("title", "Someone else's recommendation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a recommendation from the list")));
		mvc.perform(post("/manage/consultations/{id}/actions", open).with(user(accounts.aPerson(Role.PROVIDER_LEAD))).with(csrf())
				.param("title", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void finishedActionKeepsItsRecordAndProgressNeedsANote() {
		OwnedAction action = new OwnedAction(1L, 2L, 3L, "Publish a guide", null, Instant.now());
		assertThatThrownBy(() -> action.progress(ActionStatus.IN_PROGRESS, " ", 1L, Instant.now()))
			.isInstanceOf(DomainRuleException.class);
		action.progress(ActionStatus.DONE, "Published", 1L, Instant.now());
		assertThatThrownBy(() -> action.progress(ActionStatus.IN_PROGRESS, "Reopened", 1L, Instant.now()))
			.isInstanceOf(DomainRuleException.class);
		assertThat(action.notes()).hasSize(1);
	}
}
