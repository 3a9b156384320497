package org.practiceexchange.inquiry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.practiceexchange.shared.export.ExportFiles.csv;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A practitioner withdraws their inquiry: it is kept, marked withdrawn and read-only, and left out
 * of stage figures, progress downloads, home tasks and what syntheses and other modules count.
 */
@IntegrationTest
class InquiryWithdrawalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Autowired
	InquiryStageFigures figures;

	@Autowired
	Inquiries records;

	@Test
	void thePractitionerConfirmsWithAReasonAndTheInquiryIsKeptReadOnly() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.INTERVENE);

		mvc.perform(get("/inquiries/{id}", id).with(user(me)))
			.andExpect(content().string(containsString("href=\"/inquiries/" + id + "/withdraw\"")));
		mvc.perform(get("/inquiries/{id}/withdraw", id).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Withdraw this inquiry?")))
			.andExpect(content().string(containsString("Yes, withdraw the inquiry")))
			.andExpect(content().string(containsString("name=\"reason\"")));
		mvc.perform(post("/inquiries/{id}/withdraw", id).with(user(me)).with(csrf()).param("reason", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the reason to 1000 characters")));
		mvc.perform(get("/api/inquiries/{id}", id).with(user(me))).andExpect(jsonPath("$.withdrawn").value(false));

		mvc.perform(post("/inquiries/{id}/withdraw", id).with(user(me)).with(csrf()).param("reason", "I have changed role"))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("flash", containsString("has been withdrawn")));

		for (SignedInPerson viewer : List.of(me, group.mentor(), group.manager())) {
			mvc.perform(get("/inquiries/{id}", id).with(user(viewer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This inquiry was withdrawn on")))
				.andExpect(content().string(containsString("I have changed role")))
				.andExpect(content().string(not(containsString("action=\"/inquiries/" + id + "/log\""))))
				.andExpect(content().string(not(containsString("action=\"/inquiries/" + id + "/advance\""))))
				.andExpect(content().string(not(containsString("action=\"/inquiries/" + id + "/comments\""))))
				.andExpect(content().string(not(containsString("/withdraw\""))));
		}
		mvc.perform(get("/inquiries/{id}", id).with(user(group.lead())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Withdrawn")));
		mvc.perform(get("/inquiries").with(user(me))).andExpect(content().string(containsString("Withdrawn")));
		mvc.perform(get("/projects/{id}", group.project().id()).with(user(me))).andExpect(content().string(containsString("Withdrawn")));

		mvc.perform(post("/inquiries/{id}/log", id).with(user(me)).with(csrf()).param("entryOn", "2027-03-02").param("done", "More"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has been withdrawn")));
		mvc.perform(post("/inquiries/{id}/advance", id).with(user(me)).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("has been withdrawn")));
		mvc.perform(post("/api/inquiries/{id}/comments", id).with(user(group.mentor())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Late comment\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/inquiries/{id}/withdraw", id).with(user(me)))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("problem", containsString("already been withdrawn")));
		mvc.perform(post("/inquiries/{id}/withdraw", id).with(user(me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already been withdrawn")));
		mvc.perform(get("/api/inquiries/{id}", id).with(user(me)))
			.andExpect(jsonPath("$.withdrawn").value(true))
			.andExpect(jsonPath("$.withdrawalReason").value("I have changed role"))
			.andExpect(jsonPath("$.stage").value("INTERVENE"))
			.andExpect(jsonPath("$.log").isEmpty());
	}

	@Test
	void theApiWithdrawsOnceAndOnlyForThePractitioner() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.PLAN);
		String path = "/api/inquiries/" + id + "/withdrawal";
		for (SignedInPerson other : List.of(group.mentor(), group.facilitator(), group.manager(), group.lead())) {
			mvc.perform(post(path).with(user(other)).with(csrf())).andExpect(status().isForbidden());
		}
		for (SignedInPerson stranger : List.of(group.otherMember(), group.outsider(), group.reviewer(), group.validator())) {
			mvc.perform(post(path).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/inquiries/{id}/withdraw", id).with(user(group.mentor())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/inquiries/{id}/withdraw", id).with(user(group.otherMember()))).andExpect(status().isNotFound());
		mvc.perform(post(path).with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(post(path).with(user(me))).andExpect(status().isForbidden());

		mvc.perform(post(path).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Timetable\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.withdrawn").value(true))
			.andExpect(jsonPath("$.withdrawnAt").isNotEmpty())
			.andExpect(jsonPath("$.withdrawalReason").value("Timetable"));
		mvc.perform(post(path).with(user(me)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("already been withdrawn")));
		mvc.perform(post("/api/inquiries/{id}/measures", id).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"More\",\"unit\":\"u\",\"baseline\":1}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has been withdrawn")));

		Long complete = fixtures.anInquiry(group, Stage.COMPLETE);
		mvc.perform(post("/api/inquiries/{id}/withdrawal", complete).with(user(me)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("A completed inquiry is kept as it is")));
	}

	@Test
	void aWithdrawnInquiryIsLeftOutOfCountsTasksExportsAndSyntheses() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long kept = fixtures.anInquiry(group, Stage.INTERVENE);
		Long withdrawn = fixtures.anInquiry(group, Stage.INTERVENE);
		Long projectId = group.project().id();
		assertThat(figures.figures(List.of(projectId)).get(projectId)).containsEntry("stage.INTERVENE", 2L);

		mvc.perform(post("/api/inquiries/{id}/withdrawal", withdrawn).with(user(me)).with(csrf())).andExpect(status().isOk());

		assertThat(figures.figures(List.of(projectId)).get(projectId)).containsEntry("stage.INTERVENE", 1L);
		assertThat(records.inProjects(List.of(projectId))).extracting(InquiryRecord::id).containsExactly(kept);
		assertThat(records.byPractitioner(me.id())).extracting(InquiryRecord::id).containsExactly(kept);
		assertThat(records.find(withdrawn).orElseThrow().withdrawn()).isTrue();

		mvc.perform(get("/api/me/tasks").with(user(me)))
			.andExpect(jsonPath("$[*].url", hasItem("/inquiries/" + kept)))
			.andExpect(jsonPath("$[*].url", not(hasItem("/inquiries/" + withdrawn))));
		mvc.perform(get("/api/me/tasks").with(user(group.mentor())))
			.andExpect(jsonPath("$[*].url", hasItem("/inquiries/" + kept + "/plan")))
			.andExpect(jsonPath("$[*].url", not(hasItem("/inquiries/" + withdrawn + "/plan"))));

		List<List<String>> rows = csv(mvc.perform(get("/manage/inquiries/export.csv").with(user(group.manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(rows.stream().filter(row -> row.get(2).equals(group.project().title())).toList()).hasSize(1);

		mvc.perform(get("/account/export.json").with(user(me)))
			.andExpect(jsonPath("$.inquiries[?(@.id == " + withdrawn + ")].withdrawnAt").isNotEmpty())
			.andExpect(jsonPath("$.inquiries[?(@.id == " + kept + ")].withdrawnAt", org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
	}
}
