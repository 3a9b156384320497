package org.practiceexchange.learningset;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.project.ProjectKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MeetingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	MeetingService meetings;

	@Test
	void actionsCarryForwardAndAreReviewedAtTheNextMeeting() throws Exception {
		ProjectFixtures.Group set = projects.aGroup(ProjectKind.ACTION_LEARNING_SET);
		String base = "/projects/" + set.project().id() + "/meetings";
		mvc.perform(get(base + "/new").with(user(set.facilitator()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Questions the others asked")));
		mvc.perform(post(base + "/new").with(user(set.facilitator())).with(csrf()).param("heldOn", "2027-02-01")
			.param("presenterId", set.member().id().toString()).param("topicKind", "PROBLEM")
			.param("presented", "Learners switch off during long demonstrations")
			.param("questions", "What happens in the first five minutes?")
			.param("perspectives", "Try chunking the demonstration with quick checks")
			.param("actions[0]", "Split the next demonstration into three parts").param("actions[1]", ""))
			.andExpect(redirectedUrlPattern(base + "/*"));
		mvc.perform(get(base).with(user(set.otherMember()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Split the next demonstration into three parts")));

		// the next meeting must review the open action
		mvc.perform(post(base + "/new").with(user(set.otherMember())).with(csrf()).param("heldOn", "2027-03-01")
			.param("presenterId", set.otherMember().id().toString()).param("topicKind", "SUCCESS")
			.param("presented", "Peer marking worked well"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("meeting"))
			.andExpect(content().string(containsString("Review every action carried forward")));
		Long actionId = meetings.overview(set.project().id(), set.member()).carriedForward().get(0).id();
		mvc.perform(post(base + "/new").with(user(set.otherMember())).with(csrf()).param("heldOn", "2027-03-01")
			.param("presenterId", set.otherMember().id().toString()).param("topicKind", "SUCCESS")
			.param("presented", "Peer marking worked well").param("reviews[" + actionId + "]", "PARTLY"))
			.andExpect(redirectedUrlPattern(base + "/*"));
		MeetingService.Overview overview = meetings.overview(set.project().id(), set.member());
		assertThat(overview.meetings()).hasSize(2);
		assertThat(overview.carriedForward()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(SetAction.Status.PARTLY));
		Long second = overview.meetings().get(0).id();
		mvc.perform(get(base + "/" + second).with(user(set.member()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Peer marking worked well")))
			.andExpect(content().string(containsString("Partly done")));
		mvc.perform(post(base + "/new").with(user(set.member())).with(csrf()).param("heldOn", "2027-04-01")
			.param("presenterId", set.member().id().toString()).param("topicKind", "SUCCESS")
			.param("presented", "Chunked demonstrations").param("reviews[" + actionId + "]", "DONE"))
			.andExpect(redirectedUrlPattern(base + "/*"));
		assertThat(meetings.overview(set.project().id(), set.member()).carriedForward()).isEmpty();
		mvc.perform(get("/projects/" + set.project().id()).with(user(set.member())))
			.andExpect(content().string(containsString("Set meetings")));
	}

	@Test
	void minutesAreForTheSetsMembersOnly() throws Exception {
		ProjectFixtures.Group set = projects.aGroup(ProjectKind.ACTION_LEARNING_SET);
		String base = "/projects/" + set.project().id() + "/meetings";
		mvc.perform(post(base + "/new").with(user(set.member())).with(csrf()).param("heldOn", "2027-02-01")
			.param("presenterId", set.member().id().toString()).param("topicKind", "PROBLEM").param("presented", "Homework"))
			.andExpect(redirectedUrlPattern(base + "/*"));
		Long meeting = meetings.overview(set.project().id(), set.member()).meetings().get(0).id();
		List<String> pages = List.of(base, base + "/new", base + "/" + meeting);
		for (String page : pages) {
			for (SignedInPerson person : List.of(set.member(), set.otherMember(), set.facilitator(), set.mentor())) {
				mvc.perform(get(page).with(user(person))).andExpect(status().isOk());
			}
			for (SignedInPerson person : List.of(set.lead(), set.manager())) {
				mvc.perform(get(page).with(user(person))).andExpect(status().isForbidden());
			}
			for (SignedInPerson person : set.cannotSee()) {
				mvc.perform(get(page).with(user(person))).andExpect(status().isNotFound());
			}
			mvc.perform(get(page)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post(base + "/new").with(user(set.lead())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(base + "/new").with(user(set.outsider())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(base + "/987654321").with(user(set.member()))).andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + set.project().id()).with(user(set.lead())))
			.andExpect(content().string(not(containsString("Set meetings"))));
		// a research project does not meet as a set
		ProjectFixtures.Group research = projects.aGroup();
		mvc.perform(get("/projects/" + research.project().id() + "/meetings").with(user(research.member())))
			.andExpect(status().isNotFound());
	}
}
