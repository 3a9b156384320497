package org.practiceexchange.community;

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
import org.practiceexchange.project.ProjectFixtures;
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
 * Every route of the community module for a visitor, every role, and the community's own member
 * and facilitator. "practitioner" and "mentor" are not in the community: they may know it exists
 * (the directory and its join page) but its threads, posts, members and reports are not found for
 * them. Provider leads, reviewers and validators are refused (403); visitors are sent to sign in
 * (401 from the API). Moderation is for the facilitator and the programme manager: an ordinary
 * member is refused. Records of another community by id are not found for anyone. Form posts go
 * with a token and empty or invalid input where that only shows the form again.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunityRouteAccessTests {

	static final String VISITOR = RoleRoutes.VISITOR;

	static final long MISSING = 987_654_321L;

	static final List<String> OUTSIDE = List.of("practitioner", "mentor");

	static final List<String> REFUSED = List.of("providerLead", "reviewer", "validator");

	@Autowired
	MockMvc mvc;

	@Autowired
	CommunityFixtures fixtures;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	AccountFixtures accounts;

	Map<String, SignedInPerson> people = new LinkedHashMap<>();

	CommunityFixtures.Setup setup;

	Long thread;

	Long post;

	Long reply;

	Long report;

	Long toApprove;

	Long toDecline;

	Long spareProject;

	Long runningProject;

	Long theirThread;

	Long theirPost;

	Long theirRequest;

	Long theirReport;

	@BeforeAll
	void aCommunityWithAThreadRequestsAndAReport() {
		setup = fixtures.aCommunity();
		ProjectFixtures.Group group = setup.group();
		people.put("practitioner", group.outsider());
		people.put("mentor", accounts.aPerson(Role.MENTOR, accounts.anOrganisation()));
		people.put("providerLead", group.lead());
		people.put("reviewer", group.reviewer());
		people.put("validator", group.validator());
		people.put("manager", group.manager());
		people.put("member", group.member());
		people.put("facilitator", group.facilitator());
		thread = fixtures.aThread(setup.id(), group.facilitator());
		post = fixtures.openingPostOf(thread);
		reply = fixtures.aReply(setup.id(), thread, group.member(), "A reply to hide and show");
		report = fixtures.aReport(setup.id(), post, group.otherMember());
		toApprove = fixtures.aRequest(setup.id(), accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()));
		toDecline = fixtures.aRequest(setup.id(), accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()));
		ProjectFixtures.Group spare = projects.aGroup();
		spareProject = projects.close(spare.project()).id();
		runningProject = projects.aGroup().project().id();
		CommunityFixtures.Setup theirs = fixtures.aCommunity();
		theirThread = fixtures.aThread(theirs.id(), theirs.member());
		theirPost = fixtures.openingPostOf(theirThread);
		theirRequest = fixtures.aRequest(theirs.id(), accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation()));
		theirReport = fixtures.aReport(theirs.id(), theirPost, theirs.otherMember());
	}

	record Row(String name, Function<CommunityRouteAccessTests, MockHttpServletRequestBuilder> request,
			Map<String, Integer> expected) implements RoleRoutes.Route<CommunityRouteAccessTests> {
	}

	/** A page route: visitors sign in, refused roles get 403, and the rest as given. */
	static Map<String, Integer> page(int outside, int member, int facilitator, int manager) {
		Map<String, Integer> map = new LinkedHashMap<>();
		map.put(VISITOR, 302);
		REFUSED.forEach(role -> map.put(role, 403));
		OUTSIDE.forEach(role -> map.put(role, outside));
		map.put("member", member);
		map.put("facilitator", facilitator);
		map.put("manager", manager);
		return map;
	}

	static Map<String, Integer> page(int everyoneAllowed) {
		return page(everyoneAllowed, everyoneAllowed, everyoneAllowed, everyoneAllowed);
	}

	/** Inside the community: not found for outsiders, the status for members and moderators. */
	static Map<String, Integer> inside(int status) {
		return page(404, status, status, status);
	}

	/** Moderation: not found for outsiders, refused for an ordinary member. */
	static Map<String, Integer> moderators(int status) {
		return page(404, 403, status, status);
	}

	/** An API route: as a page, but a visitor gets 401. */
	static Map<String, Integer> api(Map<String, Integer> page) {
		Map<String, Integer> map = new LinkedHashMap<>(page);
		map.put(VISITOR, 401);
		return map;
	}

	String c() {
		return "/communities/" + setup.id();
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("GET /communities", t -> get("/communities"), page(200)));
		rows.add(new Row("GET /communities/start", t -> get("/communities/start"), page(200)));
		rows.add(new Row("GET /communities/start/{closed project}", t -> get("/communities/start/{p}", t.spareProject),
				page(404, 404, 404, 200)));
		rows.add(new Row("GET /communities/start/{running project}", t -> get("/communities/start/{p}", t.runningProject),
				page(404, 404, 404, 302)));
		rows.add(new Row("GET /communities/start/{project with a community}", t -> get("/communities/start/{p}",
				t.setup.project().id()), page(404, 302, 302, 302)));
		rows.add(new Row("GET /communities/start/{missing}", t -> get("/communities/start/{p}", MISSING), page(404)));
		rows.add(new Row("POST /communities/start/{closed project}", t -> post("/communities/start/{p}", t.spareProject)
			.param("name", ""), page(404, 404, 404, 200)));
		rows.add(new Row("GET /communities/{id}", t -> get(t.c()), page(200)));
		rows.add(new Row("GET /communities/{missing}", t -> get("/communities/{id}", MISSING), page(404)));
		rows.add(new Row("GET /communities/{not a number}", t -> get("/communities/nine"), page(404)));
		rows.add(new Row("GET /communities/{id}/members", t -> get(t.c() + "/members"), inside(200)));
		rows.add(new Row("POST /communities/{id}/membership-requests (too long)", t -> post(t.c() + "/membership-requests")
			.param("message", "m".repeat(1001)), page(200)));
		rows.add(new Row("POST /communities/{id}/membership-requests", t -> post(t.c() + "/membership-requests"),
				page(302, 302, 302, 403)));
		rows.add(new Row("POST /communities/{id}/membership-requests/{r}/approve", t -> post(
				t.c() + "/membership-requests/{r}/approve", t.toApprove), moderators(302)));
		rows.add(new Row("POST /communities/{id}/membership-requests/{r}/decline (too long)", t -> post(
				t.c() + "/membership-requests/{r}/decline", t.toDecline).param("note", "n".repeat(1001)), moderators(200)));
		rows.add(new Row("POST /communities/{id}/membership-requests/{r}/decline", t -> post(
				t.c() + "/membership-requests/{r}/decline", t.toDecline), moderators(302)));
		rows.add(new Row("POST /communities/{id}/membership-requests/{another community's}/approve", t -> post(
				t.c() + "/membership-requests/{r}/approve", t.theirRequest), moderators(404)));
		rows.add(new Row("GET /communities/{id}/threads/new", t -> get(t.c() + "/threads/new"), inside(200)));
		rows.add(new Row("POST /communities/{id}/threads", t -> post(t.c() + "/threads").param("title", "")
			.param("body", ""), inside(200)));
		rows.add(new Row("GET /communities/{id}/threads/{t}", t -> get(t.c() + "/threads/{t}", t.thread), inside(200)));
		rows.add(new Row("GET /communities/{id}/threads/{another community's}", t -> get(t.c() + "/threads/{t}",
				t.theirThread), inside(404)));
		rows.add(new Row("GET /communities/{id}/threads/{missing}", t -> get(t.c() + "/threads/{t}", MISSING), inside(404)));
		rows.add(new Row("POST /communities/{id}/threads/{t}/replies", t -> post(t.c() + "/threads/{t}/replies", t.thread)
			.param("body", ""), inside(200)));
		rows.add(new Row("POST /communities/{id}/threads/{another community's}/replies", t -> post(
				t.c() + "/threads/{t}/replies", t.theirThread).param("body", "Hello"), inside(404)));
		rows.add(new Row("POST /communities/{id}/threads/{t}/lock", t -> post(t.c() + "/threads/{t}/lock", t.thread),
				moderators(302)));
		rows.add(new Row("POST /communities/{id}/threads/{t}/unlock", t -> post(t.c() + "/threads/{t}/unlock", t.thread),
				moderators(302)));
		rows.add(new Row("POST /communities/{id}/threads/{another community's}/lock", t -> post(
				t.c() + "/threads/{t}/lock", t.theirThread), moderators(404)));
		rows.add(new Row("POST /communities/{id}/posts/{p}/hide", t -> post(t.c() + "/posts/{p}/hide", t.reply),
				moderators(302)));
		rows.add(new Row("POST /communities/{id}/posts/{p}/unhide", t -> post(t.c() + "/posts/{p}/unhide", t.reply),
				moderators(302)));
		rows.add(new Row("GET /communities/{id}/posts/{p}/edit (the member's reply)", t -> get(t.c() + "/posts/{p}/edit",
				t.reply), page(404, 200, 403, 403)));
		rows.add(new Row("GET /communities/{id}/posts/{p}/edit (the facilitator's post)", t -> get(
				t.c() + "/posts/{p}/edit", t.post), page(404, 403, 200, 403)));
		rows.add(new Row("POST /communities/{id}/posts/{p}/edit (the member's reply, empty)", t -> post(
				t.c() + "/posts/{p}/edit", t.reply).param("body", ""), page(404, 200, 403, 403)));
		rows.add(new Row("POST /communities/{id}/posts/{p}/edit (the facilitator's post, empty)", t -> post(
				t.c() + "/posts/{p}/edit", t.post).param("body", "").param("outputs", ""), page(404, 403, 200, 403)));
		rows.add(new Row("GET /communities/{id}/posts/{another community's}/edit", t -> get(t.c() + "/posts/{p}/edit",
				t.theirPost), inside(404)));
		rows.add(new Row("POST /communities/{id}/posts/{another community's}/edit", t -> post(t.c() + "/posts/{p}/edit",
				t.theirPost).param("body", "Mine now"), inside(404)));
		rows.add(new Row("POST /communities/{id}/posts/{another community's}/hide", t -> post(t.c() + "/posts/{p}/hide",
				t.theirPost), moderators(404)));
		rows.add(new Row("GET /communities/{id}/posts/{p}/report (the facilitator's post)", t -> get(
				t.c() + "/posts/{p}/report", t.post), page(404, 200, 302, 403)));
		rows.add(new Row("POST /communities/{id}/posts/{p}/report (no reason)", t -> post(t.c() + "/posts/{p}/report",
				t.post).param("reason", ""), page(404, 200, 302, 403)));
		rows.add(new Row("GET /communities/{id}/posts/{another community's}/report", t -> get(
				t.c() + "/posts/{p}/report", t.theirPost), inside(404)));
		rows.add(new Row("GET /communities/{id}/reports", t -> get(t.c() + "/reports"), moderators(200)));
		rows.add(new Row("POST /communities/{id}/reports/{r}/resolve (no outcome)", t -> post(
				t.c() + "/reports/{r}/resolve", t.report), moderators(302)));
		rows.add(new Row("POST /communities/{id}/reports/{another community's}/resolve", t -> post(
				t.c() + "/reports/{r}/resolve", t.theirReport).param("outcome", "KEPT"), moderators(404)));
		rows.add(new Row("GET /api/communities", t -> get("/api/communities"), api(page(200))));
		rows.add(new Row("GET /api/communities/{id}/threads", t -> get("/api" + t.c() + "/threads"), api(inside(200))));
		rows.add(new Row("GET /api/communities/{missing}/threads", t -> get("/api/communities/{id}/threads", MISSING),
				api(page(404))));
		rows.add(new Row("GET /api/communities/{id}/threads/{t}", t -> get("/api" + t.c() + "/threads/{t}", t.thread),
				api(inside(200))));
		rows.add(new Row("GET /api/communities/{id}/threads/{another community's}", t -> get(
				"/api" + t.c() + "/threads/{t}", t.theirThread), api(inside(404))));
		rows.add(new Row("POST /api/communities/{id}/threads/{t}/replies", t -> post("/api" + t.c() + "/threads/{t}/replies",
				t.thread).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"By the API\"}"), api(inside(201))));
		rows.add(new Row("PUT /api/communities/{id}/posts/{p} (the member's reply)", t -> put("/api" + t.c() + "/posts/{p}",
				t.reply).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Edited by the API\"}"),
				api(page(404, 200, 403, 403))));
		rows.add(new Row("PUT /api/communities/{id}/posts/{another community's}", t -> put("/api" + t.c() + "/posts/{p}",
				t.theirPost).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Mine now\"}"),
				api(inside(404))));
		// Last: the member leaves (the facilitator and manager are told they cannot).
		rows.add(new Row("POST /communities/{id}/leave", t -> post(t.c() + "/leave"), inside(302)));
		return rows;
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachRoleAsExpected() {
		return RoleRoutes.check(rows(), this, mvc, people);
	}

	@TestFactory
	Stream<DynamicTest> formPostsWithoutTheirTokenAreRefused() {
		return Stream.of("/start/" + spareProject, "/" + setup.id() + "/membership-requests",
				"/" + setup.id() + "/membership-requests/" + toApprove + "/approve",
				"/" + setup.id() + "/membership-requests/" + toDecline + "/decline", "/" + setup.id() + "/leave",
				"/" + setup.id() + "/threads", "/" + setup.id() + "/threads/" + thread + "/replies",
				"/" + setup.id() + "/threads/" + thread + "/lock", "/" + setup.id() + "/threads/" + thread + "/unlock",
				"/" + setup.id() + "/posts/" + reply + "/hide", "/" + setup.id() + "/posts/" + reply + "/unhide",
				"/" + setup.id() + "/posts/" + post + "/report", "/" + setup.id() + "/posts/" + reply + "/edit",
				"/" + setup.id() + "/posts/" + post + "/edit", "/" + setup.id() + "/reports/" + report + "/resolve")
			.map(path -> "/communities" + path)
			.flatMap(path -> Stream.of("member", "facilitator").map(who -> DynamicTest.dynamicTest(
					"POST " + path + " without a token as " + who, () -> {
						int status = mvc.perform(post(path).param("body", "Hello").with(user(people.get(who))))
							.andReturn().getResponse().getStatus();
						assertThat(status).isEqualTo(403);
					})));
	}
}
