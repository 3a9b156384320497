package org.practiceexchange.inquiry;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InquiryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Test
	void practitionerRunsTheWholeCycleThroughTheApi() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		MvcResult created = mvc.perform(post("/api/projects/{id}/inquiries", group.project().id()).with(user(me)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Fractions through recipes\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/inquiries/")))
			.andExpect(jsonPath("$.stage").value("AUDIT"))
			.andExpect(jsonPath("$.id").isNumber())
			.andReturn();
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id").toString();

		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("measure with its baseline")))
			.andExpect(jsonPath("$.errors[0].field").value("measures"));
		MvcResult measure = mvc.perform(post("/api/inquiries/{id}/measures", id).with(user(me)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Correct answers\",\"unit\":\"questions\",\"baseline\":4}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.baseline").value(4))
			.andExpect(jsonPath("$.kind").value("NUMBER"))
			.andReturn();
		String measureId = com.jayway.jsonpath.JsonPath.read(measure.getResponse().getContentAsString(), "$.id").toString();
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("PLAN"));
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Write the action plan, with at least one action")))
			.andExpect(jsonPath("$.errors[0].field").value("plan"));
		mvc.perform(put("/api/inquiries/{id}/measures/{m}", id, measureId).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reaudit\":7}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("recorded at the re-audit stage")))
			.andExpect(jsonPath("$.detail").value(containsString("still at planning")));
		mvc.perform(post("/api/inquiries/{id}/plan", id).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"actions\":[{\"what\":\"Weekly recipe task\",\"who\":\"Tutor\",\"dueOn\":\"2027-03-01\",\"successCriterion\":\"Used weekly\"}]}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(jsonPath("$.stage").value("INTERVENE"));
		mvc.perform(put("/api/inquiries/{id}/measures/{m}", id, measureId).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reaudit\":7}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("still at the intervention")));
		mvc.perform(post("/api/inquiries/{id}/log", id).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"entryOn\":\"2027-03-02\",\"done\":\"First recipe task\",\"observed\":\"Pairs checked each other\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(jsonPath("$.stage").value("REAUDIT"));
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("still missing: Correct answers")));
		mvc.perform(put("/api/inquiries/{id}/measures/{m}", id, measureId).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reaudit\":7}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.reaudit").value(7)).andExpect(jsonPath("$.change").value(3))
			.andExpect(jsonPath("$.relativeChange").value(75.0));
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(jsonPath("$.stage").value("EVALUATE"));
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Write the evaluation")));
		mvc.perform(put("/api/inquiries/{id}/evaluation", id).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"whatChanged\":\"More correct\",\"contentLessons\":\"Recipes\",\"processLessons\":\"Cycles\",\"implications\":\"Share\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.evaluation.whatChanged").value("More correct"));
		mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(me)).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("COMPLETE"));
		mvc.perform(get("/api/inquiries/{id}", id).with(user(me)).with(csrf())).andExpect(jsonPath("$.log[0].done").value("First recipe task"))
			.andExpect(jsonPath("$.measures[0].reaudit").value(7));
	}

	@Test
	void httpBasicCallsWorkWithoutACsrfToken() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		mvc.perform(post("/api/projects/{id}/inquiries", group.project().id())
			.with(httpBasic(group.member().email(), org.practiceexchange.account.AccountFixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Basic\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("AUDIT"));
	}

	@Test
	void onlyMembersStartInquiriesInTheirProject() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		String path = "/api/projects/" + group.project().id() + "/inquiries";
		for (SignedInPerson person : new SignedInPerson[] { group.facilitator(), group.mentor(), group.lead(), group.manager() }) {
			mvc.perform(post(path).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
				.andExpect(status().isForbidden());
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(post(path).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(post(path).with(user(group.member())).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(post("/api/projects/987654321/inquiries").with(user(group.member())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\"}")).andExpect(status().isNotFound());
		mvc.perform(post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void whoSeesWhatOfAnInquiryThroughTheApi() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.INTERVENE);
		String path = "/api/inquiries/" + id;
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.facilitator(), group.mentor(), group.manager() }) {
			mvc.perform(get(path).with(user(person)).with(csrf())).andExpect(status().isOk())
				.andExpect(jsonPath("$.title").value("Fractions through recipes"))
				.andExpect(jsonPath("$.measures[0].name").value("Correct answers on the fractions check"))
				.andExpect(jsonPath("$.stage").value("INTERVENE"));
		}
		mvc.perform(get(path).with(user(group.lead())).with(csrf())).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("INTERVENE"))
			.andExpect(jsonPath("$.access").value("PROGRESS"))
			.andExpect(jsonPath("$.title").doesNotExist())
			.andExpect(jsonPath("$.measures").doesNotExist())
			.andExpect(jsonPath("$.plan").doesNotExist());
		// another practitioner's record by id, even a fellow member's, is not found
		for (SignedInPerson person : new SignedInPerson[] { group.otherMember(), group.outsider(), group.otherLead(),
				group.reviewer(), group.validator() }) {
			mvc.perform(get(path).with(user(person)).with(csrf())).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(post(path + "/advance").with(user(person)).with(csrf())).andExpect(status().isNotFound());
			mvc.perform(post(path + "/measures").with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"n\",\"unit\":\"u\",\"baseline\":1}")).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/inquiries/987654321").with(user(group.manager())).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void onlyThePractitionerChangesTheirInquiryAndSupportersComment() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.PLAN);
		for (SignedInPerson person : new SignedInPerson[] { group.facilitator(), group.mentor(), group.lead(), group.manager() }) {
			mvc.perform(post("/api/inquiries/{id}/advance", id).with(user(person)).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/api/inquiries/{id}/measures", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"n\",\"unit\":\"u\",\"baseline\":1}")).andExpect(status().isForbidden());
			mvc.perform(put("/api/inquiries/{id}/measures/1", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reaudit\":1}")).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/inquiries/{id}/comments", id).with(user(group.mentor())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"Could the task link to the workshop?\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/inquiries/{id}/comments", id).with(user(group.lead())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/inquiries/{id}/comments", id).with(user(group.manager())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/inquiries/{id}", id).with(user(group.member())).with(csrf()))
			.andExpect(jsonPath("$.comments[0].body").value("Could the task link to the workshop?"));
		mvc.perform(put("/api/inquiries/{id}/measures/987654321", id).with(user(group.member())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reaudit\":1}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/inquiries/{id}/measures", id).with(user(group.member())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Attendance\",\"unit\":\"%\",\"kind\":\"PERCENTAGE\",\"baseline\":140}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("baseline"));
		mvc.perform(post("/api/inquiries/{id}/measures", id).with(user(group.member())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"unit\":\"%\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void inquiryListShowsWhatEachPersonMaySee() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.AUDIT);
		int expected = id.intValue();
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.facilitator(), group.mentor(), group.manager() }) {
			mvc.perform(get("/api/inquiries").with(user(person)).with(csrf())).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == " + expected + ")].title", hasItem("Fractions through recipes")));
		}
		mvc.perform(get("/api/inquiries").with(user(group.lead())).with(csrf()))
			.andExpect(jsonPath("$[?(@.id == " + expected + ")].stage", hasItem("AUDIT")))
			.andExpect(jsonPath("$[?(@.id == " + expected + ")].title", hasItem(nullValue())));
		for (SignedInPerson person : new SignedInPerson[] { group.otherMember(), group.outsider(), group.otherLead(),
				group.reviewer(), group.validator() }) {
			mvc.perform(get("/api/inquiries").with(user(person)).with(csrf())).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id", not(hasItem(expected))));
		}
	}

	@Test
	void planLogAndEvaluationThroughTheApiAreForThePractitionerAlone() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.EVALUATE);
		String plan = "{\"actions\":[{\"what\":\"w\",\"who\":\"x\",\"dueOn\":\"2027-03-01\",\"successCriterion\":\"s\"}]}";
		String log = "{\"entryOn\":\"2027-03-02\",\"done\":\"d\"}";
		String evaluation = "{\"whatChanged\":\"a\",\"contentLessons\":\"b\",\"processLessons\":\"c\",\"implications\":\"d\"}";
		for (SignedInPerson person : new SignedInPerson[] { group.facilitator(), group.mentor(), group.lead(), group.manager() }) {
			mvc.perform(post("/api/inquiries/{id}/plan", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(plan)).andExpect(status().isForbidden());
			mvc.perform(post("/api/inquiries/{id}/log", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(log)).andExpect(status().isForbidden());
			mvc.perform(put("/api/inquiries/{id}/evaluation", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(evaluation)).andExpect(status().isForbidden());
		}
		for (SignedInPerson person : new SignedInPerson[] { group.otherMember(), group.outsider(), group.otherLead(),
				group.reviewer(), group.validator() }) {
			mvc.perform(post("/api/inquiries/{id}/plan", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(plan)).andExpect(status().isNotFound());
			mvc.perform(post("/api/inquiries/{id}/log", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(log)).andExpect(status().isNotFound());
			mvc.perform(put("/api/inquiries/{id}/evaluation", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(evaluation)).andExpect(status().isNotFound());
			mvc.perform(post("/api/inquiries/{id}/comments", id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"x\"}")).andExpect(status().isNotFound());
			mvc.perform(get("/api/inquiries/{id}/plan/1", id).with(user(person))).andExpect(status().isNotFound());
		}
		for (SignedInPerson person : new SignedInPerson[] { group.member(), group.mentor(), group.facilitator(), group.manager() }) {
			mvc.perform(get("/api/inquiries/{id}/plan/1", id).with(user(person))).andExpect(status().isOk())
				.andExpect(jsonPath("$.actions[0].what").value("Weekly recipe task"));
		}
		mvc.perform(get("/api/inquiries/{id}/plan/1", id).with(user(group.lead()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/inquiries/{id}/plan/7", id).with(user(group.member()))).andExpect(status().isNotFound());
		mvc.perform(put("/api/inquiries/{id}/evaluation", id).with(user(group.member())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(evaluation)).andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluation.implications").value("d"));
		mvc.perform(get("/api/inquiries/{id}/plan/1", id)).andExpect(status().isUnauthorized());
	}
}
