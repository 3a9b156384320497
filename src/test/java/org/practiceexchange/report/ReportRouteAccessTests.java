package org.practiceexchange.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.RoleRoutes;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every route of the report module for a visitor and every role around one project: the report's
 * author ("author"), another member of the same project ("otherMember"), the project's research
 * mentor (who signs off) and facilitator, the author's provider lead ("lead", who is also the lead
 * provider's lead and writes the outcome report), a lead elsewhere, a reviewer, the project's named
 * validator, another validator, the programme manager, and a practitioner elsewhere trying someone
 * else's report by id. No row changes anything: actions are tried where the report's state refuses
 * them (409, or a redirect with the problem), so every row proves who is let through to the rule.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRouteAccessTests {

	static final String VISITOR = RoleRoutes.VISITOR;

	static final long MISSING = 987_654_321L;

	static final List<String> ROLES = List.of("practitioner", "author", "otherMember", "facilitator", "mentor", "lead",
			"otherLead", "reviewer", "validator", "otherValidator", "manager");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	InquiryFixtures inquiries;

	@Autowired
	AccountFixtures accounts;

	Map<String, SignedInPerson> people = new LinkedHashMap<>();

	ReportFixtures.Reporting r;

	Long draft;

	Long signed;

	Long outcome;

	Long unstarted;

	@BeforeAll
	void reportsAroundOneProject() {
		r = fixtures.aReportingGroup();
		draft = fixtures.aReport(r, ReportStatus.DRAFT);
		signed = fixtures.aReport(new ReportFixtures.Reporting(r.group(), r.project(),
				inquiries.anInquiry(r.group(), Stage.COMPLETE)), ReportStatus.SIGNED_OFF);
		outcome = fixtures.anOutcomeReport(r, ReportStatus.DRAFT);
		unstarted = inquiries.anInquiry(r.group(), Stage.COMPLETE);
		var g = r.group();
		people.put("practitioner", g.outsider());
		people.put("author", g.member());
		people.put("otherMember", g.otherMember());
		people.put("facilitator", g.facilitator());
		people.put("mentor", g.mentor());
		people.put("lead", g.lead());
		people.put("otherLead", g.otherLead());
		people.put("reviewer", g.reviewer());
		people.put("validator", g.validator());
		people.put("otherValidator", accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()));
		people.put("manager", accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER)));
	}

	record Row(String name, Function<ReportRouteAccessTests, MockHttpServletRequestBuilder> request,
			Map<String, Integer> expected) implements RoleRoutes.Route<ReportRouteAccessTests> {
	}

	/** The same status for every signed-in role, and the visitor's (302 to sign in for pages, 401 for the API). */
	static Map<String, Integer> all(int visitor, int status) {
		Map<String, Integer> map = new LinkedHashMap<>();
		map.put(VISITOR, visitor);
		ROLES.forEach(role -> map.put(role, status));
		return map;
	}

	/** Those not named are told there is nothing there (404). */
	static Map<String, Integer> only(int visitor, Object... pairs) {
		Map<String, Integer> map = all(visitor, 404);
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return map;
	}

	/** A practitioner's report: its author, the mentor, the facilitator and the manager read it; the lead sees its status. */
	static Map<String, Integer> practitionerReport(int visitor, int author, int supporters, int manager, int lead) {
		return only(visitor, "author", author, "mentor", supporters, "facilitator", supporters, "manager", manager, "lead", lead);
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		// pages
		rows.add(new Row("GET /reports", t -> get("/reports"), all(302, 200)));
		rows.add(new Row("GET /inquiries/{unstarted}/report", t -> get("/inquiries/{id}/report", t.unstarted),
				practitionerReport(302, 200, 200, 200, 200)));
		rows.add(new Row("GET /inquiries/{draft's}/report", t -> get("/inquiries/{id}/report", t.r.inquiryId()),
				practitionerReport(302, 302, 302, 302, 302)));
		rows.add(new Row("GET /inquiries/{missing}/report", t -> get("/inquiries/{id}/report", MISSING), all(302, 404)));
		rows.add(new Row("POST /inquiries/{draft's}/report (has one)", t -> post("/inquiries/{id}/report", t.r.inquiryId()),
				practitionerReport(302, 302, 403, 403, 403)));
		rows.add(new Row("GET /projects/{p}/outcome-report (has one)", t -> get("/projects/{id}/outcome-report", t.r.project().id()),
				only(302, "author", 302, "otherMember", 302, "mentor", 302, "facilitator", 302, "lead", 302, "validator", 302,
						"manager", 302)));
		rows.add(new Row("POST /projects/{p}/outcome-report (has one)", t -> post("/projects/{id}/outcome-report", t.r.project().id()),
				only(302, "author", 403, "otherMember", 403, "mentor", 403, "facilitator", 403, "lead", 302, "validator", 403,
						"manager", 403)));
		rows.add(new Row("GET /projects/{missing}/outcome-report", t -> get("/projects/{id}/outcome-report", MISSING), all(302, 404)));
		rows.add(new Row("GET /reports/{draft}", t -> get("/reports/{id}", t.draft), practitionerReport(302, 200, 200, 200, 200)));
		rows.add(new Row("GET /reports/{signed}", t -> get("/reports/{id}", t.signed), practitionerReport(302, 200, 200, 200, 200)));
		rows.add(new Row("GET /reports/{outcome}", t -> get("/reports/{id}", t.outcome),
				only(302, "lead", 200, "mentor", 200, "facilitator", 200, "validator", 200, "manager", 200)));
		rows.add(new Row("GET /reports/{missing}", t -> get("/reports/{id}", MISSING), all(302, 404)));
		rows.add(new Row("GET /reports/{draft}/edit", t -> get("/reports/{id}/edit", t.draft), practitionerReport(302, 200, 403, 403, 403)));
		rows.add(new Row("GET /reports/{signed}/edit", t -> get("/reports/{id}/edit", t.signed), practitionerReport(302, 302, 403, 403, 403)));
		rows.add(new Row("POST /reports/{draft}/edit (no title)", t -> post("/reports/{id}/edit", t.draft),
				practitionerReport(302, 200, 403, 403, 403)));
		rows.add(new Row("POST /reports/{signed}/edit", t -> post("/reports/{id}/edit", t.signed).param("title", "Changed"),
				practitionerReport(302, 200, 403, 403, 403)));
		rows.add(new Row("POST /reports/{draft}/edit/log (shown, not saved)", t -> post("/reports/{id}/edit/log", t.draft).param("title", "T"),
				practitionerReport(302, 200, 403, 403, 403)));
		rows.add(new Row("POST /reports/{signed}/edit/log", t -> post("/reports/{id}/edit/log", t.signed).param("title", "T"),
				practitionerReport(302, 302, 403, 403, 403)));
		rows.add(new Row("POST /reports/{draft}/estimate", t -> post("/reports/{id}/estimate", t.draft).param("title", "T"),
				practitionerReport(302, 200, 403, 403, 403)));
		rows.add(new Row("POST /reports/{signed}/submit", t -> post("/reports/{id}/submit", t.signed),
				practitionerReport(302, 302, 403, 403, 403)));
		rows.add(new Row("POST /reports/{signed}/comments (no body)", t -> post("/reports/{id}/comments", t.signed),
				practitionerReport(302, 403, 302, 403, 403)));
		rows.add(new Row("POST /reports/{signed}/comments", t -> post("/reports/{id}/comments", t.signed).param("body", "Late"),
				practitionerReport(302, 403, 302, 403, 403)));
		Map<String, Integer> signOff = practitionerReport(302, 403, 403, 403, 403);
		signOff.put("mentor", 302);
		rows.add(new Row("POST /reports/{signed}/sign-off", t -> post("/reports/{id}/sign-off", t.signed), signOff));
		rows.add(new Row("POST /reports/{outcome}/sign-off (a draft)", t -> post("/reports/{id}/sign-off", t.outcome),
				only(302, "lead", 403, "mentor", 403, "facilitator", 403, "validator", 302, "manager", 403)));
		rows.add(new Row("POST /reports/{draft}/corrections", t -> post("/reports/{id}/corrections", t.draft).param("reason", "Slip"),
				practitionerReport(302, 302, 403, 403, 403)));
		rows.add(new Row("POST /reports/{signed}/corrections (no reason)", t -> post("/reports/{id}/corrections", t.signed),
				practitionerReport(302, 302, 403, 403, 403)));
		rows.add(new Row("POST /reports/{draft}/publish", t -> post("/reports/{id}/publish", t.draft).param("licence", "CC_BY_4_0"),
				practitionerReport(302, 302, 403, 302, 403)));
		rows.add(new Row("POST /reports/{signed}/publish (no licence)", t -> post("/reports/{id}/publish", t.signed),
				practitionerReport(302, 302, 403, 302, 403)));
		rows.add(new Row("GET /reports/{signed}/versions/1", t -> get("/reports/{id}/versions/1", t.signed),
				practitionerReport(302, 200, 200, 200, 403)));
		rows.add(new Row("GET /reports/{signed}/versions/9", t -> get("/reports/{id}/versions/9", t.signed),
				practitionerReport(302, 404, 404, 404, 403)));
		rows.add(new Row("GET /reports/{draft}/report.pdf", t -> get("/reports/{id}/report.pdf", t.draft),
				practitionerReport(302, 200, 200, 200, 403)));
		rows.add(new Row("GET /reports/{signed}/versions/1/report.pdf", t -> get("/reports/{id}/versions/1/report.pdf", t.signed),
				practitionerReport(302, 200, 200, 200, 403)));

		// API: nothing is changed, every action meets the report's state
		rows.add(new Row("GET /api/reports", t -> get("/api/reports"), all(401, 200)));
		rows.add(new Row("GET /api/reports/{draft}", t -> get("/api/reports/{id}", t.draft), practitionerReport(401, 200, 200, 200, 200)));
		rows.add(new Row("GET /api/reports/{outcome}", t -> get("/api/reports/{id}", t.outcome),
				only(401, "lead", 200, "mentor", 200, "facilitator", 200, "validator", 200, "manager", 200)));
		rows.add(new Row("GET /api/reports/{missing}", t -> get("/api/reports/{id}", MISSING), all(401, 404)));
		rows.add(new Row("POST /api/inquiries/{draft's}/report (has one)", t -> post("/api/inquiries/{id}/report", t.r.inquiryId()),
				practitionerReport(401, 409, 403, 403, 403)));
		rows.add(new Row("POST /api/projects/{p}/outcome-report (has one)",
				t -> post("/api/projects/{id}/outcome-report", t.r.project().id()),
				only(401, "author", 403, "otherMember", 403, "mentor", 403, "facilitator", 403, "lead", 409, "validator", 403,
						"manager", 403)));
		rows.add(new Row("PUT /api/reports/{signed}", t -> put("/api/reports/{id}", t.signed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Changed\"}"), practitionerReport(401, 409, 403, 403, 403)));
		rows.add(new Row("POST /api/reports/{signed}/submit", t -> post("/api/reports/{id}/submit", t.signed),
				practitionerReport(401, 409, 403, 403, 403)));
		rows.add(new Row("POST /api/reports/{signed}/comments", t -> post("/api/reports/{id}/comments", t.signed)
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \"Late\"}"), practitionerReport(401, 403, 409, 403, 403)));
		Map<String, Integer> apiSignOff = practitionerReport(401, 403, 403, 403, 403);
		apiSignOff.put("mentor", 409);
		rows.add(new Row("POST /api/reports/{signed}/sign-off", t -> post("/api/reports/{id}/sign-off", t.signed), apiSignOff));
		rows.add(new Row("POST /api/reports/{draft}/corrections", t -> post("/api/reports/{id}/corrections", t.draft)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Slip\"}"), practitionerReport(401, 409, 403, 403, 403)));
		rows.add(new Row("POST /api/reports/{draft}/publish", t -> post("/api/reports/{id}/publish", t.draft)
			.contentType(MediaType.APPLICATION_JSON).content("{\"licence\": \"CC_BY_4_0\"}"), practitionerReport(401, 409, 403, 409, 403)));
		rows.add(new Row("GET /api/reports/{signed}/versions/1", t -> get("/api/reports/{id}/versions/1", t.signed),
				practitionerReport(401, 200, 200, 200, 403)));
		rows.add(new Row("GET /api/reports/{draft}/report.pdf", t -> get("/api/reports/{id}/report.pdf", t.draft),
				practitionerReport(401, 200, 200, 200, 403)));
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachRoleAsExpected() {
		return RoleRoutes.check(rows(), this, mvc, people);
	}

	@TestFactory
	Stream<DynamicTest> formPostsWithoutTheirTokenAreRefused() {
		return Stream.of("/inquiries/" + MISSING + "/report", "/projects/" + MISSING + "/outcome-report",
				"/reports/" + MISSING + "/edit", "/reports/" + MISSING + "/edit/log", "/reports/" + MISSING + "/estimate", "/reports/" + MISSING + "/submit",
				"/reports/" + MISSING + "/comments", "/reports/" + MISSING + "/sign-off", "/reports/" + MISSING + "/corrections",
				"/reports/" + MISSING + "/publish")
			.map(path -> DynamicTest.dynamicTest("POST " + path + " without a token", () -> {
				int status = mvc.perform(post(path).with(user(people.get("author")))).andReturn().getResponse().getStatus();
				assertThat(status).isEqualTo(403);
			}));
	}
}
