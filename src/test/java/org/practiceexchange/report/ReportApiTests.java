package org.practiceexchange.report;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.export.PdfChecks;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report API with HTTP Basic, as a script would use it: JSON in and out, problem details on refusal. */
@IntegrationTest
class ReportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	org.practiceexchange.programme.ProgrammeFixtures programmes;

	static org.springframework.test.web.servlet.request.RequestPostProcessor as(org.practiceexchange.account.SignedInPerson p) {
		return httpBasic(p.email(), org.practiceexchange.account.AccountFixtures.PASSWORD);
	}

	@Test
	void aReportIsWrittenSubmittedCommentedSignedOffAndPublishedThroughTheApi() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		var member = r.group().member();
		var mentor = r.group().mentor();
		String body = mvc.perform(post("/api/inquiries/{id}/report", r.inquiryId()).with(as(member)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/reports/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.kind").value("PRACTITIONER"))
			.andExpect(jsonPath("$.current.title").value("Fractions through recipes"))
			.andExpect(jsonPath("$.current.pages").value(2)) // the draft mark and a chart per measure: two A4 pages
			.andExpect(jsonPath("$.current.measures[0].reaudit").value("7"))
			.andReturn().getResponse().getContentAsString();
		Integer id = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/inquiries/{id}/report", r.inquiryId()).with(as(member)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("already has a report")));

		mvc.perform(post("/api/reports/{id}/sign-off", id).with(as(mentor)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Only a submitted report")));
		mvc.perform(put("/api/reports/{id}", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(put("/api/reports/{id}", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Fractions at home\",\"summary\":\"More right answers\",\"nature\":\"We cooked\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.title").value("Fractions at home"));
		mvc.perform(post("/api/reports/{id}/submit", id).with(as(member)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Lessons about content")));
		mvc.perform(put("/api/reports/{id}", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Fractions at home\",\"summary\":\"More right answers\",\"nature\":\"We cooked\","
					+ "\"contentLessons\":\"Recipes\",\"processLessons\":\"Cycles\",\"implications\":\"Share\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/reports/{id}/submit", id).with(as(member)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(put("/api/reports/{id}", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Changed while waiting\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/reports/{id}/comments", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"My own comment\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/reports/{id}/comments", id).with(as(mentor)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\":\"Say more\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("COMMENTED"))
			.andExpect(jsonPath("$.comments[0].body").value("Say more"));
		mvc.perform(post("/api/reports/{id}/submit", id).with(as(member)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVISED"));
		mvc.perform(post("/api/reports/{id}/sign-off", id).with(as(mentor)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED_OFF"))
			.andExpect(jsonPath("$.signedOffVersion").value(1));
		mvc.perform(post("/api/reports/{id}/sign-off", id).with(as(mentor)))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("already signed off")));

		mvc.perform(post("/api/reports/{id}/corrections", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"A typing slip\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.current.number").value(2))
			.andExpect(jsonPath("$.signedOffVersion").value(1));
		mvc.perform(get("/api/reports/{id}/versions/1", id).with(as(mentor)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.signedOffByName").value(mentor.name()));

		mvc.perform(post("/api/reports/{id}/publish", id).with(as(member)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"licence\":\"CC_BY_4_0\",\"themeIds\":[" + programmes.themeId("Maths") + "]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("REPORT"))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.title").value("Fractions at home"));

		byte[] pdf = mvc.perform(get("/api/reports/{id}/report.pdf", id).with(as(mentor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PdfChecks.acceptedByOutsideTools(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		mvc.perform(get("/api/reports").with(as(mentor))).andExpect(jsonPath("$[*].id", hasItem(id)));
	}

	@Test
	void aReportWaitsForTheEvaluationAndOthersMayNotStartIt() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long intervening = inquiries.anInquiry(group, Stage.INTERVENE);
		mvc.perform(post("/api/inquiries/{id}/report", intervening).with(as(group.member())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("evaluation")));
		mvc.perform(post("/api/inquiries/{id}/report", intervening).with(as(group.mentor())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/inquiries/{id}/report", intervening).with(as(group.outsider())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aProviderLeadSeesTheStatusOfTheirStaffsReportOnly() throws Exception {
		ReportFixtures.Reporting r = fixtures.aReportingGroup();
		Long id = fixtures.aReport(r, ReportStatus.SUBMITTED);
		mvc.perform(get("/api/reports/{id}", id).with(as(r.group().lead())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.access").value("PROGRESS"))
			.andExpect(jsonPath("$.current").doesNotExist());
		mvc.perform(get("/api/reports").with(as(r.group().lead())))
			.andExpect(jsonPath("$[0].id").value(id.intValue()))
			.andExpect(jsonPath("$[0].title").doesNotExist());
		mvc.perform(get("/api/reports/{id}/report.pdf", id).with(as(r.group().lead()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/{id}", id).with(as(r.group().otherMember()))).andExpect(status().isNotFound());
	}
}
