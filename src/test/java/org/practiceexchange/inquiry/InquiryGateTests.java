package org.practiceexchange.inquiry;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The stage gates on the pages: each refusal says why, and the page offers only what the stage allows. */
@IntegrationTest
class InquiryGateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Test
	void thePlanStageSaysTheInterventionNeedsActionsAndRefusesToMoveWithoutThem() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.PLAN);
		var me = group.member();
		mvc.perform(get("/inquiries/{id}", id).with(user(me)))
			.andExpect(content().string(containsString("Before you can move on:")))
			.andExpect(content().string(containsString("Write the action plan, with at least one action")));
		mvc.perform(post("/inquiries/{id}/advance", id).with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("problem", containsString("Write the action plan, with at least one action")));
		mvc.perform(get("/inquiries/{id}", id).with(user(me)))
			.andExpect(content().string(containsString("Stage")))
			.andExpect(content().string(not(containsString("moved on to"))));
	}

	@Test
	void theReauditFieldIsOfferedOnlyFromTheReauditStage() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		var me = group.member();
		Long id = fixtures.anInquiry(group, Stage.INTERVENE);
		Long measure = fixtures.firstMeasureOf(group, id);
		String form = "/inquiries/" + id + "/measures/" + measure;

		mvc.perform(get("/inquiries/{id}", id).with(user(me)))
			.andExpect(content().string(not(containsString("href=\"" + form + "\""))));
		mvc.perform(get(form).with(user(me)))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("problem", containsString("recorded at the re-audit stage")));
		mvc.perform(post(form).with(user(me)).with(csrf()).param("reaudit", "7"))
			.andExpect(content().string(containsString("recorded at the re-audit stage")));

		mvc.perform(post("/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(redirectedUrl("/inquiries/" + id));
		mvc.perform(get("/inquiries/{id}", id).with(user(me)))
			.andExpect(content().string(containsString("href=\"" + form + "\"")))
			.andExpect(content().string(containsString("Record the re-audit value of every measure")));
		mvc.perform(get(form).with(user(me))).andExpect(content().string(containsString("name=\"reaudit\"")));
	}
}
