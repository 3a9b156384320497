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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measures are corrected until their re-audit value is recorded and removed at the audit and plan
 * stages; every correction and removal is kept in the inquiry's history, which the practitioner and
 * the mentor see, through the pages and the API alike.
 */
@IntegrationTest
class MeasureCorrectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Test
	void thePractitionerCorrectsAMeasureOnItsPageAndTheMentorSeesTheChange() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.PLAN);
		Long measure = fixtures.firstMeasureOf(group, id);
		String form = "/inquiries/" + id + "/measures/" + measure + "/edit";

		mvc.perform(get("/inquiries/{id}", id).with(user(me))).andExpect(content().string(containsString("href=\"" + form + "\"")));
		mvc.perform(get(form).with(user(me)))
			.andExpect(content().string(containsString("value=\"Correct answers on the fractions check\"")))
			.andExpect(content().string(containsString("Remove this measure")));

		mvc.perform(post(form).with(user(me)).with(csrf()).param("name", "Correct answers on the fractions check")
			.param("unit", "").param("kind", "NUMBER").param("baseline", "4").param("betterWhen", "HIGHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the unit")));
		mvc.perform(post(form).with(user(me)).with(csrf()).param("name", "Correct answers on the fractions check")
			.param("unit", "questions").param("kind", "NUMBER").param("baseline", "abc").param("betterWhen", "HIGHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a number")));
		mvc.perform(post(form).with(user(me)).with(csrf()).param("name", "Correct answers").param("unit", "questions")
			.param("kind", "RATING_SCALE").param("baseline", "4").param("betterWhen", "HIGHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A rating scale needs its range")))
			.andExpect(content().string(containsString("value=\"Correct answers\"")));

		mvc.perform(post(form).with(user(me)).with(csrf()).param("name", "Correct answers out of 10").param("unit", "questions")
			.param("kind", "COUNT").param("baseline", "5").param("betterWhen", "HIGHER").param("baselineNote", "Group average"))
			.andExpect(redirectedUrl("/inquiries/" + id));

		for (SignedInPerson viewer : List.of(me, group.mentor(), group.facilitator(), group.manager())) {
			mvc.perform(get("/inquiries/{id}", id).with(user(viewer)))
				.andExpect(content().string(containsString("Changes to measures")))
				.andExpect(content().string(containsString("Correct answers on the fractions check")))
				.andExpect(content().string(containsString("Correct answers out of 10")))
				.andExpect(content().string(containsString("Baseline value")))
				.andExpect(content().string(containsString(">count<")))
				.andExpect(content().string(containsString(me.name())));
		}
		mvc.perform(get("/api/inquiries/{id}", id).with(user(group.mentor())))
			.andExpect(jsonPath("$.measureChanges", hasSize(3)))
			.andExpect(jsonPath("$.measureChanges[0].field").value("name"))
			.andExpect(jsonPath("$.measureChanges[0].before").value("Correct answers on the fractions check"))
			.andExpect(jsonPath("$.measureChanges[0].after").value("Correct answers out of 10"))
			.andExpect(jsonPath("$.measureChanges[0].personName").value(me.name()))
			.andExpect(jsonPath("$.measureChanges[0].changedAt").isNotEmpty())
			.andExpect(jsonPath("$.measureChanges[1].field").value("kind"))
			.andExpect(jsonPath("$.measureChanges[1].before").value("number"))
			.andExpect(jsonPath("$.measureChanges[1].after").value("count"))
			.andExpect(jsonPath("$.measureChanges[2].field").value("baseline"))
			.andExpect(jsonPath("$.measureChanges[2].before").value("4"))
			.andExpect(jsonPath("$.measureChanges[2].after").value("5"))
			.andExpect(jsonPath("$.measures[0].name").value("Correct answers out of 10"))
			.andExpect(jsonPath("$.measures[0].kind").value("COUNT"));
	}

	@Test
	void onlyThePractitionerCorrectsOrRemovesTheirMeasures() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.PLAN);
		Long measure = fixtures.firstMeasureOf(group, id);
		String form = "/inquiries/" + id + "/measures/" + measure + "/edit";
		String remove = "/inquiries/" + id + "/measures/" + measure + "/remove";
		String api = "/api/inquiries/" + id + "/measures/" + measure;
		for (SignedInPerson other : List.of(group.mentor(), group.facilitator(), group.manager(), group.otherMember(), group.lead())) {
			int expected = group.otherMember() == other ? 404 : 403;
			mvc.perform(get(form).with(user(other))).andExpect(status().is(expected));
			mvc.perform(post(form).with(user(other)).with(csrf()).param("name", "Hijacked").param("unit", "u").param("baseline", "1"))
				.andExpect(status().is(expected));
			mvc.perform(post(remove).with(user(other)).with(csrf())).andExpect(status().is(expected));
			mvc.perform(put(api).with(user(other)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Hijacked\"}"))
				.andExpect(status().is(expected));
			mvc.perform(delete(api).with(user(other)).with(csrf())).andExpect(status().is(expected));
		}
		for (SignedInPerson stranger : group.cannotSee()) {
			if (stranger == group.otherLead()) {
				continue;
			}
			mvc.perform(get(form).with(user(stranger))).andExpect(status().isNotFound());
			mvc.perform(post(remove).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
			mvc.perform(delete(api).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post(remove).with(user(group.member()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/inquiries/{id}", id).with(user(group.member())))
			.andExpect(jsonPath("$.measures[0].name").value("Correct answers on the fractions check"))
			.andExpect(jsonPath("$.measureChanges", hasSize(0)));
	}

	@Test
	void aMeasureIsRemovedAtTheAuditOrPlanStageAndTheRemovalIsKept() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.PLAN);
		Long measure = fixtures.firstMeasureOf(group, id);
		mvc.perform(post("/inquiries/{id}/measures/{m}/remove", id, measure).with(user(me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only measure")));
		mvc.perform(post("/api/inquiries/{id}/measures", id).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Learners who finish the check\",\"unit\":\"learners\",\"kind\":\"COUNT\",\"baseline\":7}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/inquiries/{id}/measures/{m}/remove", id, measure).with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("flash", containsString("has been removed")));
		mvc.perform(get("/inquiries/{id}", id).with(user(group.mentor())))
			.andExpect(content().string(containsString("Changes to measures")))
			.andExpect(content().string(containsString("Removed")))
			.andExpect(content().string(containsString("Correct answers on the fractions check (questions), number, baseline 4, higher is better")));
		mvc.perform(get("/api/inquiries/{id}", id).with(user(me)))
			.andExpect(jsonPath("$.measures", hasSize(1)))
			.andExpect(jsonPath("$.measures[0].name").value("Learners who finish the check"))
			.andExpect(jsonPath("$.measureChanges", hasSize(1)))
			.andExpect(jsonPath("$.measureChanges[0].field").value("removed"))
			.andExpect(jsonPath("$.measureChanges[0].measureId").value(measure))
			.andExpect(jsonPath("$.measureChanges[0].after").doesNotExist());
		mvc.perform(get("/inquiries/{id}/measures/{m}/edit", id, measure).with(user(me))).andExpect(status().isNotFound());

		Long viaApi = fixtures.anInquiry(group, Stage.AUDIT);
		String created = mvc.perform(post("/api/inquiries/{id}/measures", viaApi).with(user(me)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Late arrivals\",\"unit\":\"learners\",\"baseline\":6}"))
			.andReturn().getResponse().getContentAsString();
		Object measureId = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		mvc.perform(delete("/api/inquiries/{id}/measures/{m}", viaApi, measureId).with(user(me)).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/inquiries/{id}/measures/{m}", viaApi, measureId).with(user(me)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/inquiries/{id}", viaApi).with(user(me)))
			.andExpect(jsonPath("$.measures", hasSize(0)))
			.andExpect(jsonPath("$.measureChanges[0].measureName").value("Late arrivals"));
	}

	@Test
	void removalIsRefusedOnceTheInterventionHasStarted() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.INTERVENE);
		Long measure = fixtures.firstMeasureOf(group, id);
		mvc.perform(get("/inquiries/{id}/measures/{m}/edit", id, measure).with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Measures can be removed only at the audit and plan stages")))
			.andExpect(content().string(not(containsString("/measures/" + measure + "/remove"))));
		mvc.perform(post("/inquiries/{id}/measures/{m}/remove", id, measure).with(user(me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The measure cannot be removed")))
			.andExpect(content().string(containsString("this inquiry is at the intervention")));
		mvc.perform(delete("/api/inquiries/{id}/measures/{m}", id, measure).with(user(me)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("only at the audit and plan stages")));
		mvc.perform(put("/api/inquiries/{id}/measures/{m}", id, measure).with(user(me)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"unit\":\"marks\",\"betterWhen\":\"LOWER\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit").value("marks"))
			.andExpect(jsonPath("$.betterWhen").value("LOWER"))
			.andExpect(jsonPath("$.name").value("Correct answers on the fractions check"));
		mvc.perform(get("/api/inquiries/{id}", id).with(user(me)))
			.andExpect(jsonPath("$.measures", hasSize(1)))
			.andExpect(jsonPath("$.measureChanges", hasSize(2)))
			.andExpect(jsonPath("$.measureChanges[0].field").value("unit"))
			.andExpect(jsonPath("$.measureChanges[1].field").value("betterWhen"))
			.andExpect(jsonPath("$.measureChanges[1].before").value("higher is better"))
			.andExpect(jsonPath("$.measureChanges[1].after").value("lower is better"));
	}

	@Test
	void correctionsStopOnceTheReauditValueIsRecorded() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.EVALUATE);
		Long measure = fixtures.firstMeasureOf(group, id);
		String api = "/api/inquiries/" + id + "/measures/" + measure;
		mvc.perform(get("/inquiries/{id}", id).with(user(me)))
			.andExpect(content().string(not(containsString("/measures/" + measure + "/edit"))));
		mvc.perform(get("/inquiries/{id}/measures/{m}/edit", id, measure).with(user(me)))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("problem", containsString("has its re-audit value")));
		mvc.perform(post("/inquiries/{id}/measures/{m}/edit", id, measure).with(user(me)).with(csrf()).param("name", "Changed")
			.param("unit", "questions").param("kind", "NUMBER").param("baseline", "2").param("betterWhen", "HIGHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kept as it was measured")));
		mvc.perform(put(api).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"baseline\":2}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("has its re-audit value")));
		mvc.perform(put(api).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Send the re-audit value, or the parts of the measure to correct")));
		mvc.perform(put(api).with(user(me)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(get("/api/inquiries/{id}", id).with(user(me)))
			.andExpect(jsonPath("$.measures[0].baseline").value(4))
			.andExpect(jsonPath("$.measureChanges", hasSize(0)));
	}
}
