package org.practiceexchange.inquiry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InquiryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Autowired
	InquiryService inquiries;

	@Test
	void memberStartsAnInquiryFromTheProjectPage() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		String path = "/projects/" + group.project().id() + "/inquiries/new";
		mvc.perform(get(path).with(user(group.member()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("no learner names")));
		mvc.perform(post(path).param("title", "").with(user(group.member())).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("start", "title"));
		mvc.perform(post(path).param("title", "Questioning in science practicals").with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrlPattern("/inquiries/*"));
		mvc.perform(get("/projects/" + group.project().id()).with(user(group.mentor())))
			.andExpect(content().string(containsString("Questioning in science practicals")));
		for (SignedInPerson person : List.of(group.facilitator(), group.mentor(), group.lead(), group.manager())) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isForbidden());
			mvc.perform(post(path).param("title", "x").with(user(person)).with(csrf())).andExpect(status().isForbidden());
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isNotFound());
			mvc.perform(post(path).param("title", "x").with(user(person)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
	}

	@Test
	void inquiryPageShowsContentToItsPeopleProgressToTheLeadAndNothingToOthers() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.REAUDIT);
		String path = "/inquiries/" + id;
		for (SignedInPerson person : List.of(group.member(), group.facilitator(), group.mentor(), group.manager())) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Correct answers on the fractions check")))
				.andExpect(content().string(containsString("<svg")))
				.andExpect(content().string(containsString("Baseline, re-audit and change for each measure")))
				.andExpect(content().string(containsString("Weekly recipe task")));
		}
		mvc.perform(get(path).with(user(group.lead()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Inquiry progress")))
			.andExpect(content().string(containsString("Re-audit")))
			.andExpect(content().string(not(containsString("Fractions through recipes"))))
			.andExpect(content().string(not(containsString("Correct answers on the fractions check"))));
		for (SignedInPerson person : List.of(group.otherMember(), group.outsider(), group.otherLead(), group.reviewer(),
				group.validator())) {
			mvc.perform(get(path).with(user(person))).andExpect(status().isNotFound());
		}
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/inquiries/987654321").with(user(group.manager()))).andExpect(status().isNotFound());
	}

	@Test
	void refusedMoveSaysWhatIsMissingOnThePage() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.AUDIT);
		mvc.perform(post("/inquiries/" + id + "/advance").with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrl("/inquiries/" + id))
			.andExpect(flash().attribute("problem", containsString("at least one measure with its baseline")));
		mvc.perform(get("/inquiries/" + id).with(user(group.member())).flashAttr("problem", "Record at least one measure"))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Record at least one measure")));
		for (SignedInPerson person : List.of(group.mentor(), group.lead(), group.manager())) {
			mvc.perform(post("/inquiries/" + id + "/advance").with(user(person)).with(csrf())).andExpect(status().isForbidden());
		}
		for (SignedInPerson person : group.cannotSee()) {
			mvc.perform(post("/inquiries/" + id + "/advance").with(user(person)).with(csrf())).andExpect(status().isNotFound());
		}
	}

	@Test
	void practitionerWorksThroughTheCycleInTheBrowser() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		SignedInPerson me = group.member();
		Long id = fixtures.anInquiry(group, Stage.AUDIT);
		String base = "/inquiries/" + id;
		mvc.perform(get(base + "/measures/new").with(user(me))).andExpect(status().isOk())
			.andExpect(content().string(containsString("no learner names")));
		mvc.perform(post(base + "/measures/new").with(user(me)).with(csrf()).param("name", "Confidence").param("unit", "points")
			.param("kind", "RATING_SCALE").param("baseline", "2"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("measure", "scaleMin"));
		mvc.perform(post(base + "/measures/new").with(user(me)).with(csrf()).param("name", "Confidence").param("unit", "points")
			.param("kind", "RATING_SCALE").param("scaleMin", "1").param("scaleMax", "5").param("baseline", "2")
			.param("baselineNote", "Survey")).andExpect(redirectedUrl(base));
		mvc.perform(post(base + "/advance").with(user(me)).with(csrf())).andExpect(flash().attribute("flash", containsString("planning")));

		mvc.perform(get(base + "/plan").with(user(me))).andExpect(status().isOk()).andExpect(content().string(containsString("Action 6")));
		mvc.perform(post(base + "/plan").with(user(me)).with(csrf()).param("actions[0].what", "Peer explanation")
			.param("actions[0].who", ""))
			.andExpect(status().isOk()).andExpect(model().attributeHasErrors("plan"))
			// the error summary links to #actions: that element must exist, with the message beside the rows
			.andExpect(content().string(containsString("href=\"#actions\"")))
			.andExpect(content().string(containsString("id=\"actions\"")))
			.andExpect(content().string(containsString("value=\"Peer explanation\"")));
		mvc.perform(post(base + "/plan").with(user(me)).with(csrf()).param("actions[0].what", "Peer explanation")
			.param("actions[0].who", "Tutor").param("actions[0].dueOn", "2027-03-01").param("actions[0].successCriterion", "Weekly"))
			.andExpect(flash().attribute("flash", containsString("Version 1")));
		mvc.perform(post(base + "/comments").with(user(group.mentor())).with(csrf()).param("body", "Say how you will notice it"))
			.andExpect(flash().attribute("flash", containsString("comment")));
		mvc.perform(post(base + "/plan").with(user(me)).with(csrf()).param("actions[0].what", "Peer explanation, noted on a tally")
			.param("actions[0].who", "Tutor").param("actions[0].dueOn", "2027-03-01").param("actions[0].successCriterion", "Weekly"))
			.andExpect(flash().attribute("flash", containsString("Version 2")));
		mvc.perform(get(base + "/plan/versions/1").with(user(group.mentor()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Peer explanation")))
			.andExpect(content().string(not(containsString("noted on a tally"))));
		mvc.perform(get(base).with(user(me))).andExpect(content().string(containsString("Say how you will notice it")))
			.andExpect(content().string(containsString("Earlier versions")));
		mvc.perform(post(base + "/log").with(user(me)).with(csrf()).param("entryOn", "2027-03-02").param("done", "First pairs")
			.param("observed", "Quieter learners explained more")).andExpect(flash().attribute("flash", containsString("log")));
		mvc.perform(post(base + "/log").with(user(me)).with(csrf()).param("done", "").param("observed", "Pairs talked more"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"entryOn-error\"")))
			.andExpect(content().string(containsString("Enter the date")))
			.andExpect(content().string(containsString("Pairs talked more</textarea>")));
		mvc.perform(post(base + "/comments").with(user(group.mentor())).with(csrf()).param("body", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"body-error\"")));
		mvc.perform(post(base + "/log").with(user(group.mentor())).with(csrf()).param("done", ""))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/advance").with(user(me)).with(csrf()));
		mvc.perform(post(base + "/advance").with(user(me)).with(csrf()));
		InquiryViews.Full atReaudit = inquiries.fullView(id, me);
		assertThat(atReaudit.stage()).isEqualTo(Stage.REAUDIT);
		Long measureId = atReaudit.measures().get(0).id();
		mvc.perform(get(base + "/measures/" + measureId).with(user(me))).andExpect(status().isOk());
		mvc.perform(post(base + "/measures/" + measureId).with(user(me)).with(csrf()).param("reaudit", "9"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("reaudit", "reaudit"));
		mvc.perform(post(base + "/measures/" + measureId).with(user(me)).with(csrf()).param("reaudit", "4"))
			.andExpect(redirectedUrl(base));
		mvc.perform(post(base + "/advance").with(user(me)).with(csrf())).andExpect(flash().attribute("flash", containsString("evaluation")));
		mvc.perform(get(base + "/evaluation").with(user(me))).andExpect(status().isOk());
		mvc.perform(post(base + "/evaluation").with(user(me)).with(csrf()).param("whatChanged", "More talk"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("evaluation", "implications"));
		mvc.perform(post(base + "/evaluation").with(user(me)).with(csrf()).param("whatChanged", "More talk")
			.param("contentLessons", "Pairs").param("processLessons", "Short cycles").param("implications", "Share"))
			.andExpect(redirectedUrl(base));
		mvc.perform(post(base + "/advance").with(user(me)).with(csrf())).andExpect(flash().attribute("flash", containsString("complete")));
		mvc.perform(get(base).with(user(group.lead()))).andExpect(content().string(containsString("Complete")));
		mvc.perform(get(base).with(user(me))).andExpect(content().string(containsString("+100%")));
	}

	@Test
	void formsOfAnInquiryAreOnlyForItsPractitioner() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.EVALUATE);
		Long measureId = inquiries.fullView(id, group.member()).measures().get(0).id();
		String base = "/inquiries/" + id;
		List<String> forms = List.of(base + "/measures/new", base + "/measures/" + measureId, base + "/plan", base + "/evaluation");
		for (String form : forms) {
			mvc.perform(get(form).with(user(group.member()))).andExpect(status().isOk());
			for (SignedInPerson person : List.of(group.mentor(), group.facilitator(), group.lead(), group.manager())) {
				mvc.perform(get(form).with(user(person))).andExpect(status().isForbidden());
				mvc.perform(post(form).with(user(person)).with(csrf())).andExpect(status().isForbidden());
			}
			for (SignedInPerson person : List.of(group.otherMember(), group.outsider(), group.reviewer(), group.validator())) {
				mvc.perform(get(form).with(user(person))).andExpect(status().isNotFound());
				mvc.perform(post(form).with(user(person)).with(csrf())).andExpect(status().isNotFound());
			}
			mvc.perform(get(form)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(get(base + "/plan/versions/1").with(user(group.lead()))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/plan/versions/1").with(user(group.outsider()))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/plan/versions/9").with(user(group.member()))).andExpect(status().isNotFound());
		mvc.perform(post(base + "/log").param("entryOn", "2027-03-02").param("done", "x").with(user(group.mentor())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/comments").param("body", "x").with(user(group.lead())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(base + "/comments").param("body", "x").with(user(group.outsider())).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void inquiriesPageListsWhatEachPersonMaySee() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		fixtures.anInquiry(group, Stage.AUDIT);
		String title = "Fractions through recipes";
		for (SignedInPerson person : List.of(group.member(), group.mentor(), group.facilitator(), group.manager())) {
			mvc.perform(get("/inquiries").with(user(person))).andExpect(status().isOk())
				.andExpect(content().string(containsString(group.project().title())));
		}
		mvc.perform(get("/inquiries").with(user(group.lead()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(group.project().title())))
			.andExpect(content().string(containsString("Progress only")));
		for (SignedInPerson person : List.of(group.otherMember(), group.outsider(), group.reviewer(), group.validator())) {
			mvc.perform(get("/inquiries").with(user(person))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(group.project().title()))));
		}
		mvc.perform(get("/inquiries")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/inquiries").with(user(group.member()))).andExpect(content().string(containsString(title)));
	}

	@Test
	void inquiriesAreFilteredByStageAndPaged() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		for (int i = 0; i < 25; i++) {
			inquiries.start(group.project().id(), group.member(), new InquiryForms.Start("Paged inquiry " + (100 + i)));
		}
		Long planned = fixtures.anInquiry(group, Stage.PLAN);
		mvc.perform(get("/inquiries").with(user(group.member()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("26 found")))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("/inquiries/" + planned + "\"")))
			.andExpect(content().string(not(containsString("Paged inquiry 100"))));
		mvc.perform(get("/inquiries").param("page", "1").with(user(group.member())))
			.andExpect(content().string(containsString("Paged inquiry 100")));
		mvc.perform(get("/inquiries").param("stage", "PLAN").with(user(group.member())))
			.andExpect(content().string(containsString("1 found")))
			.andExpect(content().string(containsString("/inquiries/" + planned + "\"")));
		mvc.perform(get("/inquiries").param("stage", "PLAN").with(user(group.manager())))
			.andExpect(content().string(containsString("/inquiries/" + planned + "\"")))
			.andExpect(content().string(not(containsString("Paged inquiry"))));
	}
}
