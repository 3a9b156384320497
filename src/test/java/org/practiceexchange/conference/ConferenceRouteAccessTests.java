package org.practiceexchange.conference;

import java.time.LocalTime;
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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route of the conference module for every role, plus the applicant and another
 * practitioner for an application by id. 302 from a page route means the action ran (or a visitor
 * was sent to sign in); 403 refused; 404 for a record the caller may not know exists.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConferenceRouteAccessTests {

	static final String VISITOR = RoleRoutes.VISITOR;

	static final List<String> ROLES = List.of(VISITOR, "practitioner", "mentor", "providerLead", "reviewer", "validator",
			"manager");

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	Map<String, SignedInPerson> people = new LinkedHashMap<>();

	ConferenceFixtures.Setup published;

	ConferenceFixtures.Setup draft;

	ConferenceFixtures.Setup scratch;

	Long slot;

	Long scratchSlot;

	Long application;

	Long toWithdraw;

	@BeforeAll
	void aConferenceWithApplicationsAndATimetable() {
		people.put("practitioner", accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()));
		people.put("mentor", accounts.aPerson(Role.MENTOR, accounts.anOrganisation()));
		people.put("providerLead", accounts.aPerson(Role.PROVIDER_LEAD, accounts.anOrganisation()));
		people.put("reviewer", accounts.aPerson(Role.REVIEWER, accounts.anOrganisation()));
		people.put("validator", accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()));
		people.put("manager", accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation()));
		SignedInPerson applicant = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		people.put("applicant", applicant);
		published = fixtures.anEdition(50);
		slot = fixtures.aScheduledTalk(published, accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()),
				LocalTime.of(10, 0), LocalTime.of(10, 45));
		fixtures.publish(published.id());
		draft = fixtures.anEdition(50);
		application = fixtures.anApplication(draft.id(), applicant);
		toWithdraw = fixtures.anApplication(draft.id(), applicant);
		scratch = fixtures.anEdition(50);
		scratchSlot = fixtures.aScheduledTalk(scratch, accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()),
				LocalTime.of(11, 0), LocalTime.of(11, 45));
	}

	record Row(String name, Function<ConferenceRouteAccessTests, MockHttpServletRequestBuilder> request,
			Map<String, Integer> expected) implements RoleRoutes.Route<ConferenceRouteAccessTests> {
	}

	static Map<String, Integer> everyone(int status) {
		Map<String, Integer> map = new LinkedHashMap<>();
		ROLES.forEach(role -> map.put(role, status));
		return map;
	}

	/** Signed-in people get the status; the visitor is sent to sign in. */
	static Map<String, Integer> signedIn(int status) {
		Map<String, Integer> map = everyone(status);
		map.put(VISITOR, 302);
		return map;
	}

	/** Only these roles may; the visitor is sent to sign in; everyone else is refused. */
	static Map<String, Integer> only(int status, String... allowed) {
		Map<String, Integer> map = signedIn(403);
		for (String role : allowed) {
			map.put(role, status);
		}
		return map;
	}

	/** An application by id: its applicant, reviewers and the manager; not found for everyone else. */
	static Map<String, Integer> application(int applicant, int reviewers) {
		Map<String, Integer> map = signedIn(404);
		map.put("applicant", applicant);
		map.put("reviewer", reviewers);
		map.put("manager", reviewers);
		return map;
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("GET /conferences", t -> get("/conferences"), everyone(200)));
		rows.add(new Row("GET /conferences/{id}", t -> get("/conferences/{id}", t.published.id()), everyone(200)));
		rows.add(new Row("GET /conferences/{draft id}", t -> get("/conferences/{id}", t.draft.id()), everyone(200)));
		rows.add(new Row("GET /conferences/{unknown}", t -> get("/conferences/{id}", 999999999L), everyone(404)));
		rows.add(new Row("GET /conferences/{id}/talks/{slot}.ics", t -> get("/conferences/{id}/talks/{s}.ics",
				t.published.id(), t.slot), everyone(200)));
		rows.add(new Row("GET /conferences/{unpublished}/talks/{slot}.ics", t -> get("/conferences/{id}/talks/{s}.ics",
				t.scratch.id(), t.scratchSlot), everyone(404)));
		rows.add(new Row("GET /api/conferences", t -> get("/api/conferences"), everyone(200)));
		rows.add(new Row("GET /api/conferences/{id}", t -> get("/api/conferences/{id}", t.published.id()), everyone(200)));
		rows.add(new Row("GET /api/conferences/{id}/calendar.ics", t -> get("/api/conferences/{id}/calendar.ics",
				t.published.id()), everyone(200)));
		rows.add(new Row("GET /api/conferences/{draft}/calendar.ics", t -> get("/api/conferences/{id}/calendar.ics",
				t.draft.id()), everyone(404)));
		rows.add(new Row("GET /conferences/{id}/apply", t -> get("/conferences/{id}/apply", t.draft.id()),
				only(200, "practitioner", "applicant", "providerLead")));
		rows.add(new Row("POST /conferences/{id}/apply", t -> post("/conferences/{id}/apply", t.draft.id())
			.param("workKey", "").param("title", ""), only(200, "practitioner", "applicant", "providerLead")));
		rows.add(new Row("POST /conferences/{id}/registration", t -> post("/conferences/{id}/registration",
				t.draft.id()), signedIn(302)));
		rows.add(new Row("GET /conferences/{id}/registration/cancel (nobody here holds a place)", t -> get(
				"/conferences/{id}/registration/cancel", t.published.id()), signedIn(302)));
		rows.add(new Row("GET /conferences/{unknown}/registration/cancel", t -> get(
				"/conferences/{id}/registration/cancel", 999999999L), signedIn(404)));
		rows.add(new Row("POST /conferences/{id}/registration/cancel", t -> post("/conferences/{id}/registration/cancel",
				t.draft.id()), signedIn(302)));
		rows.add(new Row("GET /conferences/{id}/applications", t -> get("/conferences/{id}/applications", t.draft.id()),
				only(200, "reviewer", "manager")));
		rows.add(new Row("GET /conference-applications/{id}", t -> get("/conference-applications/{id}", t.application),
				application(200, 200)));
		rows.add(new Row("POST /conference-applications/{id}/score", t -> post("/conference-applications/{id}/score",
				t.application).param("score", "3"), only(302, "reviewer", "manager")));
		rows.add(new Row("POST /conference-applications/{id}/decision", t -> post(
				"/conference-applications/{id}/decision", t.application), only(302, "reviewer", "manager")));
		rows.add(new Row("POST /conference-applications/{id}/withdraw", t -> post(
				"/conference-applications/{id}/withdraw", t.toWithdraw), application(302, 403)));
		rows.add(new Row("GET /manage/conferences", t -> get("/manage/conferences"), only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/new", t -> get("/manage/conferences/new"), only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/new", t -> post("/manage/conferences/new").param("title", ""),
				only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}", t -> get("/manage/conferences/{id}", t.draft.id()),
				only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{unknown}", t -> get("/manage/conferences/{id}", 999999999L),
				only(404, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}/edit", t -> get("/manage/conferences/{id}/edit", t.draft.id()),
				only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/edit", t -> post("/manage/conferences/{id}/edit", t.draft.id())
			.param("title", ""), only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/call", t -> post("/manage/conferences/{id}/call", t.draft.id()),
				only(302, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/rooms", t -> post("/manage/conferences/{id}/rooms", t.draft.id())
			.param("roomName", ""), only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/strands", t -> post("/manage/conferences/{id}/strands",
				t.draft.id()).param("strandName", ""), only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}/attendees", t -> get("/manage/conferences/{id}/attendees",
				t.draft.id()), only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}/attendees.csv", t -> get("/manage/conferences/{id}/attendees.csv",
				t.draft.id()), only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}/badges.csv", t -> get("/manage/conferences/{id}/badges.csv",
				t.draft.id()), only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}/timetable", t -> get("/manage/conferences/{id}/timetable",
				t.published.id()), only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/timetable", t -> post("/manage/conferences/{id}/timetable",
				t.draft.id()), only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/timetable/publish", t -> post(
				"/manage/conferences/{id}/timetable/publish", t.scratch.id()), only(302, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/timetable/withdraw", t -> post(
				"/manage/conferences/{id}/timetable/withdraw", t.scratch.id()), only(302, "manager")));
		rows.add(new Row("GET /manage/conferences/{id}/timetable/{slot}/edit", t -> get(
				"/manage/conferences/{id}/timetable/{s}/edit", t.scratch.id(), t.scratchSlot), only(200, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/timetable/{slot}/edit", t -> post(
				"/manage/conferences/{id}/timetable/{s}/edit", t.scratch.id(), t.scratchSlot), only(200, "manager")));
		rows.add(new Row("GET /manage/conferences/{other}/timetable/{slot}/edit", t -> get(
				"/manage/conferences/{id}/timetable/{s}/edit", t.draft.id(), t.slot), only(404, "manager")));
		rows.add(new Row("POST /manage/conferences/{other}/timetable/{slot}/edit", t -> post(
				"/manage/conferences/{id}/timetable/{s}/edit", t.draft.id(), t.slot), only(404, "manager")));
		rows.add(new Row("POST /manage/conferences/{id}/timetable/{slot}/remove", t -> post(
				"/manage/conferences/{id}/timetable/{s}/remove", t.scratch.id(), t.scratchSlot), only(302, "manager")));
		rows.add(new Row("POST /manage/conferences/{other}/timetable/{slot}/remove", t -> post(
				"/manage/conferences/{id}/timetable/{s}/remove", t.draft.id(), t.slot), only(404, "manager")));
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachRoleAsExpected() {
		return RoleRoutes.check(rows(), this, mvc, people);
	}
}
