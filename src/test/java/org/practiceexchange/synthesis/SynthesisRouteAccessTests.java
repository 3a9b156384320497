package org.practiceexchange.synthesis;

import java.util.ArrayList;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the synthesis module for every role, plus the practitioner quoted ("quoted") so
 * that "practitioner" tries someone else's quote by id. Published syntheses and the figures API
 * are public; a draft is the manager's alone (404 for others); /manage is the manager's (403);
 * a consent request is its practitioner's (404 for another practitioner, 403 for other roles).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynthesisRouteAccessTests {

	static final String VISITOR = RoleRoutes.VISITOR;

	static final long MISSING = 987_654_321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	SynthesisFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	SynthesisService syntheses;

	@Autowired
	QuoteService quotes;

	@Autowired
	SectionRepository sections;

	Map<String, SignedInPerson> people = new LinkedHashMap<>();

	SynthesisFixtures.Quoted quoted;

	Long draft;

	Long published;

	Long quote;

	Long secondQuote;

	Long section;

	@BeforeAll
	void aDraftAndAPublishedSynthesis() {
		quoted = fixtures.aQuotedSynthesis();
		draft = quoted.synthesis();
		quote = quoted.quote();
		secondQuote = quotes.choose(draft, quoted.manager(), new SynthesisForms.Choose(quoted.inquiry(),
				Lesson.PROCESS, null));
		syntheses.addSection(draft, new SynthesisForms.NewSection("To remove", "Text"));
		section = sections.findBySynthesisIdOrderByIdAsc(draft).get(0).id();
		published = syntheses.create(quoted.manager(), new SynthesisForms.Create("THEME-" + quoted.theme(),
				AccountFixtures.unique("Theme synthesis"))).id();
		syntheses.publish(published);
		people.put("practitioner", quoted.colleague());
		people.put("mentor", accounts.aPerson(Role.MENTOR, accounts.anOrganisation()));
		people.put("providerLead", accounts.aPerson(Role.PROVIDER_LEAD, accounts.anOrganisation()));
		people.put("reviewer", accounts.aPerson(Role.REVIEWER, accounts.anOrganisation()));
		people.put("validator", accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()));
		people.put("manager", accounts.aPerson(java.util.EnumSet.of(Role.PROGRAMME_MANAGER)));
		people.put("quoted", quoted.practitioner());
	}

	record Row(String name, Function<SynthesisRouteAccessTests, MockHttpServletRequestBuilder> request,
			Map<String, Integer> expected) implements RoleRoutes.Route<SynthesisRouteAccessTests> {
	}

	static Map<String, Integer> everyone(int status) {
		return expect(VISITOR, status, "practitioner", status, "mentor", status, "providerLead", status, "reviewer", status,
				"validator", status, "manager", status, "quoted", status);
	}

	/** Draft or missing records: not found for everyone but the manager. */
	static Map<String, Integer> managerSees(int managerStatus) {
		Map<String, Integer> map = everyone(404);
		map.put("manager", managerStatus);
		return map;
	}

	/** /manage routes: the visitor is sent to sign in, other roles are refused. */
	static Map<String, Integer> managerOnly(int managerStatus) {
		Map<String, Integer> map = expect(VISITOR, 302, "practitioner", 403, "mentor", 403, "providerLead", 403,
				"reviewer", 403, "validator", 403, "quoted", 403);
		map.put("manager", managerStatus);
		return map;
	}

	/** A consent request: its practitioner only; another practitioner is told it is not there. */
	static Map<String, Integer> quotedOnly(int quotedStatus, int otherPractitioner) {
		return expect(VISITOR, 302, "practitioner", otherPractitioner, "mentor", 403, "providerLead", 403, "reviewer", 403,
				"validator", 403, "manager", 403, "quoted", quotedStatus);
	}

	static Map<String, Integer> expect(Object... pairs) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return map;
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("GET /syntheses", t -> get("/syntheses"), everyone(200)));
		rows.add(new Row("GET /syntheses/{published}", t -> get("/syntheses/{id}", t.published), everyone(200)));
		rows.add(new Row("GET /syntheses/{draft}", t -> get("/syntheses/{id}", t.draft), managerSees(200)));
		rows.add(new Row("GET /syntheses/{missing}", t -> get("/syntheses/{id}", MISSING), everyone(404)));
		rows.add(new Row("GET /syntheses/{published}/synthesis.csv", t -> get("/syntheses/{id}/synthesis.csv", t.published), everyone(200)));
		rows.add(new Row("GET /syntheses/{draft}/synthesis.csv", t -> get("/syntheses/{id}/synthesis.csv", t.draft), managerSees(200)));
		rows.add(new Row("GET /syntheses/{published}/synthesis.pdf", t -> get("/syntheses/{id}/synthesis.pdf", t.published), everyone(200)));
		rows.add(new Row("GET /syntheses/{draft}/synthesis.pdf", t -> get("/syntheses/{id}/synthesis.pdf", t.draft), managerSees(200)));
		rows.add(new Row("GET /api/synthesis?programme", t -> get("/api/synthesis").param("programme",
				t.quoted.programme().toString()), everyone(200)));
		rows.add(new Row("GET /api/synthesis?cohort", t -> get("/api/synthesis").param("cohort",
				t.quoted.cohort().toString()), everyone(200)));
		rows.add(new Row("GET /api/synthesis?theme={missing}", t -> get("/api/synthesis").param("theme", String.valueOf(MISSING)),
				everyone(404)));
		rows.add(new Row("GET /api/synthesis", t -> get("/api/synthesis"), everyone(400)));
		rows.add(new Row("GET /manage/syntheses", t -> get("/manage/syntheses"), managerOnly(200)));
		rows.add(new Row("POST /manage/syntheses", t -> post("/manage/syntheses").param("target", "").param("title", ""),
				managerOnly(200)));
		rows.add(new Row("GET /manage/syntheses/{draft}", t -> get("/manage/syntheses/{id}", t.draft), managerOnly(200)));
		rows.add(new Row("GET /manage/syntheses/{missing}", t -> get("/manage/syntheses/{id}", MISSING), managerOnly(404)));
		rows.add(new Row("POST /manage/syntheses/{draft}/sections", t -> post("/manage/syntheses/{id}/sections", t.draft)
			.param("heading", "").param("body", ""), managerOnly(200)));
		rows.add(new Row("POST /manage/syntheses/{draft}/sections/{s}/delete",
				t -> post("/manage/syntheses/{id}/sections/{s}/delete", t.draft, t.section), managerOnly(302)));
		rows.add(new Row("POST /manage/syntheses/{published}/sections/{draft's}/delete",
				t -> post("/manage/syntheses/{id}/sections/{s}/delete", t.published, t.section), managerOnly(404)));
		rows.add(new Row("POST /manage/syntheses/{draft}/codes", t -> post("/manage/syntheses/{id}/codes", t.draft)
			.param("label", ""), managerOnly(200)));
		rows.add(new Row("POST /manage/syntheses/{draft}/quotes", t -> post("/manage/syntheses/{id}/quotes", t.draft),
				managerOnly(302)));
		rows.add(new Row("POST /manage/syntheses/{draft}/quotes/{q}/code", t -> post("/manage/syntheses/{id}/quotes/{q}/code",
				t.draft, t.quote).param("codeId", ""), managerOnly(302)));
		rows.add(new Row("POST /manage/syntheses/{published}/quotes/{draft's}/code",
				t -> post("/manage/syntheses/{id}/quotes/{q}/code", t.published, t.quote).param("codeId", ""), managerOnly(404)));
		rows.add(new Row("POST /manage/syntheses/{draft}/quotes/{q}/delete",
				t -> post("/manage/syntheses/{id}/quotes/{q}/delete", t.draft, t.secondQuote), managerOnly(302)));
		rows.add(new Row("POST /manage/syntheses/{published}/publish", t -> post("/manage/syntheses/{id}/publish", t.published),
				managerOnly(302)));
		rows.add(new Row("POST /manage/syntheses/{draft}/withdraw", t -> post("/manage/syntheses/{id}/withdraw", t.draft),
				managerOnly(302)));
		rows.add(new Row("POST /manage/syntheses/{missing}/publish", t -> post("/manage/syntheses/{id}/publish", MISSING),
				managerOnly(404)));
		rows.add(new Row("GET /my/quotes", t -> get("/my/quotes"), quotedOnly(200, 200)));
		rows.add(new Row("GET /my/quotes/{q}", t -> get("/my/quotes/{id}", t.quote), quotedOnly(200, 404)));
		rows.add(new Row("GET /my/quotes/{missing}", t -> get("/my/quotes/{id}", MISSING), quotedOnly(404, 404)));
		rows.add(new Row("POST /my/quotes/{q} (no answer)", t -> post("/my/quotes/{id}", t.quote), quotedOnly(200, 404)));
		rows.add(new Row("POST /my/quotes/{q}", t -> post("/my/quotes/{id}", t.quote).param("answer", "REFUSE"),
				quotedOnly(302, 404)));
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachRoleAsExpected() {
		return RoleRoutes.check(rows(), this, mvc, people);
	}

	@TestFactory
	Stream<DynamicTest> formPostsWithoutTheirTokenAreRefused() {
		return Stream.of("/manage/syntheses", "/manage/syntheses/" + MISSING + "/publish", "/my/quotes/" + MISSING)
			.map(path -> DynamicTest.dynamicTest("POST " + path + " without a token", () -> {
				int status = mvc.perform(post(path).with(user(people.get("manager")))).andReturn().getResponse().getStatus();
				assertThat(status).isEqualTo(403);
			}));
	}
}
