package org.practiceexchange.call;

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
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every route of the call module, for every role (and for the people on the edges: a partner's
 * lead, another organisation's lead, a reviewer assigned, unassigned or conflicted). 302 from a
 * page route means the action ran (or a visitor was sent to sign in); 403 refused; 404 "not found"
 * for a record the caller may not know exists. 200 from a form post means the form came back with
 * its errors (here: a reviewer already assigned, a decision before the call closes).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallRouteAccessTests {

	static final String VISITOR = "visitor";

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	Map<String, SignedInPerson> people = new LinkedHashMap<>();

	CallView call;

	CallView draftCall;

	Long draft;

	Long submitted;

	Long assignment;

	Long otherAssignment;

	Long removable;

	Long partnerOrganisation;

	Long draftAttachment;

	Long removableAttachment;

	Long submittedAttachment;

	@BeforeAll
	void aRoundInProgress() {
		call = fixtures.anOpenCall();
		draftCall = fixtures.aDraftCall();
		Partnership ours = fixtures.aPartnership();
		draft = fixtures.aDraft(ours, call);
		partnerOrganisation = ours.partnerIds().get(0);
		Partnership theirs = fixtures.aPartnership();
		Long[] withAttachment = fixtures.aSubmittedProposalWithAnAttachment(theirs, call);
		submitted = withAttachment[0];
		submittedAttachment = withAttachment[1];
		draftAttachment = fixtures.attach(ours.lead(), draft, "letter.pdf");
		removableAttachment = fixtures.attach(ours.lead(), draft, "budget-sheet.pdf");
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		SignedInPerson assigned = fixtures.aReviewer();
		assignment = fixtures.assign(manager, submitted, assigned);
		SignedInPerson otherReviewer = fixtures.aReviewer();
		otherAssignment = fixtures.assign(manager, submitted, otherReviewer);
		removable = fixtures.assign(manager, submitted, fixtures.aReviewer());
		people.put("practitioner", accounts.aPerson(Role.PRACTITIONER, ours.leadOrganisation()));
		people.put("mentor", accounts.aPerson(Role.MENTOR, accounts.anOrganisation()));
		people.put("providerLead", ours.lead());
		people.put("reviewer", fixtures.aReviewer());
		people.put("validator", accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()));
		people.put("manager", manager);
		people.put("partnerLead", ours.partnerLeads().get(0));
		people.put("otherLead", fixtures.aPartnership().lead());
		people.put("assignedReviewer", assigned);
		people.put("conflictedReviewer", fixtures.aReviewer(theirs.partners().get(0)));
	}

	record Row(String name, Function<CallRouteAccessTests, AbstractMockHttpServletRequestBuilder<?>> request, Map<String, Integer> expected) {
	}

	static Map<String, Integer> expect(Object... pairs) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return map;
	}

	/** Everyone, the visitor included, gets the same status. */
	static Map<String, Integer> everyone(int status) {
		return expect(VISITOR, status, "practitioner", status, "mentor", status, "providerLead", status, "reviewer", status,
				"validator", status, "manager", status);
	}

	/** Only one role may; the visitor is sent to sign in (pages) or gets 401 (API). */
	static Map<String, Integer> only(String allowed, int allowedStatus, boolean api) {
		Map<String, Integer> map = expect(VISITOR, api ? 401 : 302, "practitioner", 403, "mentor", 403, "providerLead", 403,
				"reviewer", 403, "validator", 403, "manager", 403);
		map.put(allowed, allowedStatus);
		return map;
	}

	/** A proposal's record-level access: the people on it and the manager see it, everyone else "not found". */
	static Map<String, Integer> proposalRecord(int onIt, int manager, boolean api) {
		return expect(VISITOR, api ? 401 : 302, "practitioner", 404, "mentor", 404, "providerLead", onIt, "reviewer", 404,
				"validator", 404, "manager", manager, "partnerLead", onIt, "otherLead", 404, "conflictedReviewer", 404);
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("GET /calls", t -> get("/calls"), everyone(200)));
		rows.add(new Row("GET /calls/{id}", t -> get("/calls/{id}", t.call.id()), everyone(200)));
		rows.add(new Row("GET /calls/{draft id}", t -> get("/calls/{id}", t.draftCall.id()), everyone(404)));
		rows.add(new Row("GET /api/calls", t -> get("/api/calls"), everyone(200)));
		rows.add(new Row("GET /api/calls/{id}", t -> get("/api/calls/{id}", t.call.id()), everyone(200)));
		rows.add(new Row("GET /calls/{id}/proposals/new", t -> get("/calls/{id}/proposals/new", t.call.id()),
				only("providerLead", 200, false)));
		rows.add(new Row("POST /calls/{id}/proposals/new", t -> post("/calls/{id}/proposals/new", t.call.id())
			.param("title", "Route check"), only("providerLead", 302, false)));
		rows.add(new Row("POST /api/calls/{id}/proposals", t -> post("/api/calls/{id}/proposals", t.call.id())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Route check\",\"partnerOrganisationIds\":[]}"),
				only("providerLead", 201, true)));
		rows.add(new Row("GET /my/proposals", t -> get("/my/proposals"), only("providerLead", 200, false)));
		rows.add(new Row("GET /proposals/{draft}", t -> get("/proposals/{id}", t.draft), proposalRecord(200, 200, false)));
		rows.add(new Row("GET /proposals/{submitted}", t -> get("/proposals/{id}", t.submitted),
				expect(VISITOR, 302, "providerLead", 404, "manager", 200, "assignedReviewer", 200, "reviewer", 404,
						"conflictedReviewer", 404, "otherLead", 404, "practitioner", 404)));
		rows.add(new Row("GET /api/proposals/{draft}", t -> get("/api/proposals/{id}", t.draft), proposalRecord(200, 200, true)));
		rows.add(new Row("GET /api/proposals/{submitted}", t -> get("/api/proposals/{id}", t.submitted),
				expect(VISITOR, 401, "assignedReviewer", 200, "reviewer", 404, "conflictedReviewer", 404, "otherLead", 404,
						"manager", 200, "mentor", 404, "validator", 404)));
		Map<String, Integer> edit = proposalRecord(200, 403, false);
		edit.put("partnerLead", 403); // invited, not yet confirmed: may read, may not write
		rows.add(new Row("GET /proposals/{draft}/edit", t -> get("/proposals/{id}/edit", t.draft), edit));
		rows.add(new Row("POST /proposals/{draft}/details", t -> post("/proposals/{id}/details", t.draft)
			.param("title", "Renamed").param("version", "999"), expect(VISITOR, 302, "practitioner", 404, "mentor", 404,
					"providerLead", 200, "reviewer", 404, "validator", 404, "manager", 403, "otherLead", 404)));
		rows.add(new Row("POST /proposals/{draft}/validator", t -> post("/proposals/{id}/validator", t.draft)
			.param("organisation", "Somewhere").param("version", "999"), expect(VISITOR, 302, "practitioner", 404,
					"providerLead", 200, "reviewer", 404, "manager", 403, "otherLead", 404, "partnerLead", 403)));
		rows.add(new Row("POST /proposals/{draft}/practitioners", t -> post("/proposals/{id}/practitioners", t.draft)
			.param("name", "Sam").param("email", "sam@example.org").param("releaseDays", "5"),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 200, "manager", 403, "otherLead", 404)));
		rows.add(new Row("POST /proposals/{draft}/practitioners/0/remove", t -> post("/proposals/{id}/practitioners/0/remove", t.draft),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 302, "manager", 403, "otherLead", 404)));
		rows.add(new Row("POST /proposals/{draft}/budget", t -> post("/proposals/{id}/budget", t.draft)
			.param("description", "Cover").param("amount", "100").param("spentBy", t.partnerOrganisation.toString())
			.param("category", "TRAVEL"),
				expect(VISITOR, 302, "mentor", 404, "providerLead", 302, "manager", 403, "otherLead", 404)));
		// a writer of the draft attaches a file (302 back to the editor); a partner not yet confirmed may not write
		rows.add(new Row("POST /proposals/{draft}/attachments", t -> multipart("/proposals/{id}/attachments", t.draft)
			.file(new MockMultipartFile("file", "support.pdf", "application/pdf",
					org.practiceexchange.resource.ResourceFixtures.pdf("Support", "We support it."))),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 302, "manager", 403, "partnerLead", 403,
						"otherLead", 404, "reviewer", 404, "mentor", 404)));
		rows.add(new Row("GET /proposals/{draft}/attachments/{a}", t -> get("/proposals/{id}/attachments/{a}", t.draft,
				t.draftAttachment), proposalRecord(200, 200, false)));
		// someone else's attachment by id, through a proposal the caller may see: not found
		rows.add(new Row("GET /proposals/{draft}/attachments/{other proposal's}", t -> get("/proposals/{id}/attachments/{a}",
				t.draft, t.submittedAttachment), expect("providerLead", 404, "partnerLead", 404, "manager", 404,
						"assignedReviewer", 404)));
		rows.add(new Row("GET /proposals/{submitted}/attachments/{a}", t -> get("/proposals/{id}/attachments/{a}", t.submitted,
				t.submittedAttachment), expect(VISITOR, 302, "assignedReviewer", 200, "manager", 200, "reviewer", 404,
						"conflictedReviewer", 404, "providerLead", 404, "otherLead", 404, "practitioner", 404, "validator", 404)));
		rows.add(new Row("POST /proposals/{draft}/attachments/{a}/remove", t -> post("/proposals/{id}/attachments/{a}/remove",
				t.draft, t.removableAttachment), expect(VISITOR, 302, "practitioner", 404, "manager", 403, "partnerLead", 403,
						"otherLead", 404, "reviewer", 404, "providerLead", 302)));
		rows.add(new Row("POST /proposals/{draft}/budget/0/remove", t -> post("/proposals/{id}/budget/0/remove", t.draft),
				expect(VISITOR, 302, "validator", 404, "providerLead", 302, "manager", 403, "otherLead", 404)));
		rows.add(new Row("POST /proposals/{draft}/partners/{org}", t -> post("/proposals/{id}/partners/{org}", t.draft,
				t.partnerOrganisation).param("answer", "confirm"),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 403, "manager", 403, "partnerLead", 302,
						"otherLead", 404, "reviewer", 404)));
		// An organisation that does not exist: the lead gets the form back (200) or the page with the problem (302).
		rows.add(new Row("POST /proposals/{draft}/partner-organisations", t -> post("/proposals/{id}/partner-organisations", t.draft)
			.param("partnerOrganisationId", "987654321"),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 200, "manager", 403, "partnerLead", 403,
						"otherLead", 404, "reviewer", 404)));
		rows.add(new Row("POST /proposals/{draft}/partner-organisations/{org}/remove",
				t -> post("/proposals/{id}/partner-organisations/{org}/remove", t.draft, 987654321L),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 302, "manager", 403, "partnerLead", 403,
						"otherLead", 404, "validator", 404)));
		rows.add(new Row("POST /api/proposals/{draft}/partners", t -> post("/api/proposals/{id}/partners", t.draft)
			.contentType(MediaType.APPLICATION_JSON).content("{\"partnerOrganisationId\":987654321}"),
				expect(VISITOR, 401, "practitioner", 404, "providerLead", 409, "manager", 403, "partnerLead", 403,
						"otherLead", 404)));
		rows.add(new Row("DELETE /api/proposals/{draft}/partners/{org}",
				t -> delete("/api/proposals/{id}/partners/{org}", t.draft, 987654321L),
				expect(VISITOR, 401, "mentor", 404, "providerLead", 409, "manager", 403, "partnerLead", 403,
						"otherLead", 404)));
		rows.add(new Row("POST /proposals/{draft}/submit", t -> post("/proposals/{id}/submit", t.draft),
				expect(VISITOR, 302, "practitioner", 404, "providerLead", 302, "manager", 403, "otherLead", 404,
						"conflictedReviewer", 404)));
		rows.add(new Row("POST /proposals/{draft}/withdraw", t -> post("/proposals/{id}/withdraw", t.draft),
				expect(VISITOR, 302, "providerLead", 302, "manager", 403, "otherLead", 404, "reviewer", 404)));
		rows.add(new Row("PUT /api/proposals/{draft}", t -> put("/api/proposals/{id}", t.draft)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Via the API\"}"),
				expect(VISITOR, 401, "practitioner", 404, "providerLead", 200, "manager", 403, "otherLead", 404,
						"reviewer", 404, "validator", 404)));
		rows.add(new Row("POST /api/proposals/{draft}/submit", t -> post("/api/proposals/{id}/submit", t.draft),
				expect(VISITOR, 401, "providerLead", 422, "manager", 403, "otherLead", 404, "mentor", 404)));
		rows.add(new Row("POST /api/proposals/{draft}/withdraw", t -> post("/api/proposals/{id}/withdraw", t.draft),
				expect(VISITOR, 401, "providerLead", 409, "manager", 403, "otherLead", 404)));
		rows.add(new Row("GET /my/reviews", t -> get("/my/reviews"), only("reviewer", 200, false)));
		rows.add(new Row("GET /reviews/{id}", t -> get("/reviews/{id}", t.assignment),
				expect(VISITOR, 302, "practitioner", 403, "mentor", 403, "providerLead", 403, "reviewer", 404,
						"validator", 403, "manager", 403, "assignedReviewer", 200, "conflictedReviewer", 404)));
		rows.add(new Row("POST /reviews/{id}", t -> post("/reviews/{id}", t.otherAssignment).param("scores", "3", "3")
			.param("comments", "a", "b").param("recommendation", "FUND"),
				expect(VISITOR, 302, "providerLead", 403, "reviewer", 404, "manager", 403, "assignedReviewer", 404)));
		rows.add(new Row("POST /reviews/{id}/conflict", t -> post("/reviews/{id}/conflict", t.otherAssignment).param("reason", "x"),
				expect(VISITOR, 302, "practitioner", 403, "reviewer", 404, "manager", 403, "conflictedReviewer", 404)));
		rows.add(new Row("GET /manage/calls", t -> get("/manage/calls"), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/export.csv", t -> get("/manage/calls/export.csv"), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/export.xlsx", t -> get("/manage/calls/export.xlsx"), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/{id}/proposals/export.csv", t -> get("/manage/calls/{id}/proposals/export.csv", t.call.id()), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/{id}/proposals/export.xlsx", t -> get("/manage/calls/{id}/proposals/export.xlsx", t.call.id()), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/{id}/reviews/export.csv", t -> get("/manage/calls/{id}/reviews/export.csv", t.call.id()), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/{id}/reviews/export.xlsx", t -> get("/manage/calls/{id}/reviews/export.xlsx", t.call.id()), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/new", t -> get("/manage/calls/new"), only("manager", 200, false)));
		rows.add(new Row("POST /manage/calls/new", t -> post("/manage/calls/new").param("title", ""), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/{id}", t -> get("/manage/calls/{id}", t.call.id()), only("manager", 200, false)));
		rows.add(new Row("GET /manage/calls/{id}/edit", t -> get("/manage/calls/{id}/edit", t.draftCall.id()), only("manager", 200, false)));
		rows.add(new Row("POST /manage/calls/{id}/edit", t -> post("/manage/calls/{id}/edit", t.draftCall.id()).param("title", ""),
				only("manager", 200, false)));
		rows.add(new Row("POST /manage/calls/{id}/publish", t -> post("/manage/calls/{id}/publish", t.call.id()),
				only("manager", 302, false)));
		// an empty reason: the manager gets the form back with its message; nobody else gets that far
		rows.add(new Row("POST /manage/calls/{id}/deadline", t -> post("/manage/calls/{id}/deadline", t.call.id())
			.param("closesAt", "2099-01-01T17:00").param("reason", ""), only("manager", 200, false)));
		rows.add(new Row("POST /manage/calls/{id}/close-early", t -> post("/manage/calls/{id}/close-early", t.call.id())
			.param("reason", ""), only("manager", 200, false)));
		rows.add(new Row("POST /manage/calls/{unknown}/close-early", t -> post("/manage/calls/{id}/close-early", 987654321L)
			.param("reason", "Nobody's call"), only("manager", 404, false)));
		rows.add(new Row("POST /manage/calls/{id}/reviewer-guidance", t -> post("/manage/calls/{id}/reviewer-guidance", t.call.id())
			.param("reviewerGuidance", "Score against the criteria only."), only("manager", 302, false)));
		rows.add(new Row("POST /manage/calls/{id}/assignments", t -> post("/manage/calls/{id}/assignments", t.call.id())
			.param("proposalId", t.submitted.toString()).param("reviewerId", t.people.get("assignedReviewer").id().toString()),
				only("manager", 200, false)));
		// the manager removes an assignment not yet reviewed (the manager comes last, so it is there for everyone)
		rows.add(new Row("POST /manage/calls/{id}/assignments/{a}/remove", t -> post("/manage/calls/{id}/assignments/{a}/remove",
				t.call.id(), t.removable), only("manager", 302, false)));
		rows.add(new Row("POST /manage/calls/{id}/assignments/spread", t -> post("/manage/calls/{id}/assignments/spread", t.draftCall.id())
			.param("reviewersPerProposal", "1").param("cap", "1"), only("manager", 302, false)));
		rows.add(new Row("POST /manage/calls/{id}/proposals/{p}/moderation", t -> post("/manage/calls/{c}/proposals/{p}/moderation",
				t.call.id(), t.submitted).param("score", "3").param("reason", "Checked"), only("manager", 302, false)));
		rows.add(new Row("POST /manage/calls/{id}/proposals/{p}/decision", t -> post("/manage/calls/{c}/proposals/{p}/decision",
				t.call.id(), t.submitted).param("decision", "RESERVE"), only("manager", 200, false)));
		// an empty reason comes back with its message; promoting before the release is refused on the page
		rows.add(new Row("POST /manage/calls/{id}/proposals/{p}/funding-withdrawal", t -> post("/manage/calls/{c}/proposals/{p}/funding-withdrawal",
				t.call.id(), t.submitted).param("reason", ""), only("manager", 200, false)));
		rows.add(new Row("POST /manage/calls/{id}/proposals/{p}/promotion", t -> post("/manage/calls/{c}/proposals/{p}/promotion",
				t.call.id(), t.submitted), only("manager", 302, false)));
		rows.add(new Row("POST /proposals/{submitted}/funding-withdrawal", t -> post("/proposals/{id}/funding-withdrawal", t.submitted)
			.param("reason", ""), expect(VISITOR, 302, "practitioner", 404, "providerLead", 404, "manager", 200,
					"assignedReviewer", 200, "reviewer", 404, "otherLead", 404, "conflictedReviewer", 404)));
		// the API: an empty reason is 400 for the manager; the withdrawal and promotion of a proposal not yet released are 409
		rows.add(new Row("POST /api/calls/{id}/deadline", t -> post("/api/calls/{id}/deadline", t.call.id())
			.contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"2099-01-01T17:00\",\"reason\":\"\"}"),
				only("manager", 400, true)));
		rows.add(new Row("POST /api/calls/{unknown}/deadline", t -> post("/api/calls/{id}/deadline", 987654321L)
			.contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"2099-01-01T17:00\",\"reason\":\"Nobody's call\"}"),
				only("manager", 404, true)));
		rows.add(new Row("POST /api/calls/{id}/close-early", t -> post("/api/calls/{id}/close-early", t.call.id())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"), only("manager", 400, true)));
		rows.add(new Row("POST /api/calls/{id}/proposals/{p}/funding-withdrawal", t -> post("/api/calls/{c}/proposals/{p}/funding-withdrawal",
				t.call.id(), t.submitted).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"We cannot go ahead\"}"),
				expect(VISITOR, 401, "practitioner", 404, "mentor", 404, "providerLead", 404, "reviewer", 404, "validator", 404,
						"manager", 409, "partnerLead", 404, "otherLead", 404, "assignedReviewer", 403, "conflictedReviewer", 404)));
		rows.add(new Row("POST /api/calls/{id}/proposals/{p}/promotion", t -> post("/api/calls/{c}/proposals/{p}/promotion",
				t.call.id(), t.submitted), only("manager", 409, true)));
		// before the release there is no letter for anyone (DecisionLetterTests covers who may read one after it)
		rows.add(new Row("GET /proposals/{submitted}/decision-letter.pdf", t -> get("/proposals/{id}/decision-letter.pdf", t.submitted),
				expect(VISITOR, 302, "practitioner", 404, "mentor", 404, "providerLead", 404, "reviewer", 404, "validator", 404,
						"manager", 404, "partnerLead", 404, "otherLead", 404, "assignedReviewer", 404, "conflictedReviewer", 404)));
		rows.add(new Row("POST /manage/calls/{id}/release", t -> post("/manage/calls/{id}/release", t.call.id()),
				only("manager", 302, false)));
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachRoleAsExpected() {
		return rows().stream().flatMap(row -> row.expected().entrySet().stream()
			.map(entry -> DynamicTest.dynamicTest(row.name() + " as " + entry.getKey() + " → " + entry.getValue(), () -> {
				AbstractMockHttpServletRequestBuilder<?> request = row.request().apply(this).with(csrf());
				if (!VISITOR.equals(entry.getKey())) {
					SignedInPerson person = people.get(entry.getKey());
					assertThat(person).as(entry.getKey()).isNotNull();
					request = request.with(user(person));
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				assertThat(status).as(row.name() + " as " + entry.getKey()).isEqualTo(entry.getValue());
			})));
	}
}
