package org.practiceexchange.community;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.notification.NotificationKind;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.resource.OutputReachFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What people do in a community, through its pages, with the e-mail that follows. */
@IntegrationTest
class CommunityJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CommunityFixtures fixtures;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	OutputReachFixtures outputs;

	@Autowired
	Mailbox mailbox;

	@Autowired
	org.practiceexchange.programme.ProgrammeFixtures programmes;

	@Autowired
	PostRepository posts;

	@Autowired
	CommunityService service;

	@Autowired
	Projects projectsApi;

	static String community(Long id) {
		return "/communities/" + id;
	}

	static String thread(Long id, Long threadId) {
		return "/communities/" + id + "/threads/" + threadId;
	}

	MvcResult perform(MockHttpServletRequestBuilder request, SignedInPerson as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn();
	}

	@Test
	void theFacilitatorKeepsAClosedGroupGoingAndItsPeopleBecomeMembers() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		projects.close(group.project());
		String start = "/communities/start/" + group.project().id();

		mvc.perform(get("/communities/start").with(user(group.facilitator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(group.project().title())));
		mvc.perform(get(start).with(user(group.facilitator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The group&#39;s work is over")));
		MvcResult started = perform(post(start).param("name", "Fractions after the programme")
			.param("description", "For tutors who keep trying fraction walls"), group.facilitator());
		assertThat(started.getResponse().getRedirectedUrl()).matches("/communities/\\d+");
		String page = started.getResponse().getRedirectedUrl();

		for (SignedInPerson founder : List.of(group.member(), group.otherMember(), group.facilitator(), group.mentor())) {
			mvc.perform(get(page).with(user(founder)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Fractions after the programme")))
				.andExpect(content().string(containsString("Start a thread")));
		}
		mvc.perform(get(page).with(user(group.outsider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask to join")))
			.andExpect(content().string(not(containsString("Start a thread"))));
		mvc.perform(get("/communities").with(user(group.outsider())))
			.andExpect(content().string(containsString("Fractions after the programme")));
		mvc.perform(get(start).with(user(group.facilitator()))).andExpect(redirectedUrl("/communities/start"))
			.andExpect(flash().attribute("problem", containsString("already continues")));
	}

	@Test
	void aGroupStillRunningCannotKeepGoingYetAndStrangersCannotStartOne() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		String start = "/communities/start/" + group.project().id();
		mvc.perform(get(start).with(user(group.facilitator())))
			.andExpect(redirectedUrl("/communities/start"))
			.andExpect(flash().attribute("problem", containsString("still running")));
		mvc.perform(post(start).param("name", "Too soon").with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrl("/communities/start"));
		projects.close(group.project());
		mvc.perform(get(start).with(user(group.outsider()))).andExpect(status().isNotFound());
		mvc.perform(post(start).param("name", "Not mine").with(user(group.outsider())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/communities/start").with(user(group.outsider())))
			.andExpect(content().string(not(containsString(group.project().title()))));
		mvc.perform(get(start).with(user(group.manager()))).andExpect(status().isOk());
	}

	@Test
	void aManagerIsOfferedOnlyGroupsThatMayCarryOnAndTheRestAreNotRead() throws Exception {
		ProjectFixtures.Group running = projects.aGroup();
		ProjectSummary over = projects.close(projects.aGroup().project());
		ProjectSummary flagged = projects.setUpToContinue(projects.aGroup().project());
		ProjectFixtures.Group inEndedCohort = projects.aGroup();
		programmes.close(inEndedCohort.cohort());
		ProjectSummary continuing = fixtures.aCommunity().project();

		Map<Long, KeepingGoing.Reason> offered = service.candidates(running.manager()).stream()
			.collect(Collectors.toMap(CommunityViews.Candidate::projectId, CommunityViews.Candidate::reason));
		assertThat(offered).containsEntry(over.id(), KeepingGoing.Reason.PROJECT_ENDED)
			.containsEntry(flagged.id(), KeepingGoing.Reason.SET_UP_TO_CONTINUE)
			.containsEntry(inEndedCohort.project().id(), KeepingGoing.Reason.PROGRAMME_ENDED)
			.doesNotContainKeys(running.project().id(), continuing.id());
		mvc.perform(get("/communities/start").with(user(running.manager())))
			.andExpect(content().string(containsString(over.title())))
			.andExpect(content().string(containsString(inEndedCohort.project().title())))
			.andExpect(content().string(not(containsString(running.project().title()))));

		List<Long> read = projectsApi.communityCandidates(KeepingGoing.WORK_OVER, List.of(inEndedCohort.cohort().id()))
			.stream().map(ProjectSummary::id).toList();
		assertThat(read).as("what the project module reads for a manager")
			.contains(over.id(), flagged.id(), inEndedCohort.project().id()).doesNotContain(running.project().id());
		assertThat(projectsApi.communityCandidates(KeepingGoing.WORK_OVER, List.of()).stream().map(ProjectSummary::id))
			.contains(over.id(), flagged.id()).doesNotContain(running.project().id(), inEndedCohort.project().id());
	}

	@Test
	void theStartFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		projects.close(group.project());
		String description = "x".repeat(2001);
		FormPage.of(perform(post("/communities/start/" + group.project().id()).param("name", " ")
			.param("description", description), group.member()))
			.showsError("name", "Enter a name for the community")
			.showsError("description", "Keep the description to 2,000 characters or fewer")
			.keeps("description", description);
	}

	@Test
	void aMemberStartsAThreadThatLinksPublishedOutputsOnly() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long theme = programmes.aTheme();
		Long published = outputs.anOutput(setup.member(), null, List.of(theme), true);
		Long proposed = outputs.anOutput(setup.member(), null, List.of(theme), false);
		String title = AccountFixtures.unique("Fraction walls");

		FormPage.of(perform(post(community(setup.id()) + "/threads").param("title", title).param("body", "We tried it")
			.param("outputs", published + " https://elsewhere.example/outputs/" + proposed), setup.member()))
			.showsError("outputs", "Output " + proposed + " is not published")
			.keeps("title", title)
			.keeps("outputs", published + " https://elsewhere.example/outputs/" + proposed);

		MvcResult created = perform(post(community(setup.id()) + "/threads").param("title", title)
			.param("body", "We tried fraction walls.\nLearners liked them.")
			.param("outputs", "http://localhost/outputs/" + published), setup.member());
		String threadPage = created.getResponse().getRedirectedUrl();
		assertThat(threadPage).startsWith(community(setup.id()) + "/threads/");
		Document page = Html.of(mvc.perform(get(threadPage).with(user(setup.otherMember()))).andReturn());
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("a[href=/outputs/" + published + "]")).hasSize(1);
		assertThat(page.select("article p.govuk-body").eachText()).containsSequence("We tried fraction walls.",
				"Learners liked them.");
		mvc.perform(get(community(setup.id())).with(user(setup.facilitator())))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void emptyOrOverlongTextComesBackWithTheInputKeptAndAMessageBesideTheField() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		String tooLong = "y".repeat(5001);
		FormPage.of(perform(post(community(setup.id()) + "/threads").param("title", "").param("body", tooLong)
			.param("outputs", ""), setup.member()))
			.showsError("title", "Enter a title for the thread")
			.showsError("body", "Keep your post to 5,000 characters or fewer")
			.keeps("body", tooLong);

		Long threadId = fixtures.aThread(setup.id(), setup.member());
		FormPage.of(perform(post(thread(setup.id(), threadId) + "/replies").param("body", "  "), setup.otherMember()))
			.showsError("body", "Write your reply");
		FormPage.of(perform(post(thread(setup.id(), threadId) + "/replies").param("body", tooLong), setup.otherMember()))
			.showsError("body", "Keep your post to 5,000 characters or fewer")
			.keeps("body", tooLong);
		assertThat(posts.countByThreadId(threadId)).isEqualTo(1);

		Long postId = fixtures.openingPostOf(threadId);
		FormPage.of(perform(post(community(setup.id()) + "/posts/" + postId + "/report").param("reason", ""),
				setup.otherMember()))
			.showsError("reason", "Say why you are reporting this post");
	}

	@Test
	void aReplyNotifiesTheThreadsAuthorAndEarlierParticipantsButNotTheReplier() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		perform(post(thread(setup.id(), threadId) + "/replies").param("body", "Tried it with level 1 too"),
				setup.otherMember());
		ReceivedMail toAuthor = mailbox.awaitMessage(setup.member().email(), "New reply in");
		assertThat(toAuthor.body()).contains("Tried it with level 1 too").contains(setup.otherMember().name());
		assertThat(toAuthor.hasLinkTo(thread(setup.id(), threadId))).isTrue();

		MvcResult reply = perform(post(thread(setup.id(), threadId) + "/replies").param("body", "Shall we meet on this?"),
				setup.facilitator());
		assertThat(reply.getResponse().getRedirectedUrl()).startsWith(thread(setup.id(), threadId) + "#post-");
		mailbox.awaitMessage(setup.otherMember().email(), "New reply in");
		await(() -> mailbox.messagesTo(setup.member().email()).stream()
			.filter(m -> m.body().contains("Shall we meet on this?")).count() == 1);
		assertThat(mailbox.messagesTo(setup.facilitator().email())).as("the replier is not told of their own reply")
			.isEmpty();
		assertThat(mailbox.messagesTo(setup.group().mentor().email())).as("a member who did not take part").isEmpty();
	}

	@Test
	void someoneWhoTurnedCommunityRepliesOffGetsNoMailButOthersDo() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		turnOff(NotificationKind.COMMUNITY_REPLY, setup.otherMember());

		Long threadId = fixtures.aThread(setup.id(), setup.member());
		fixtures.aReply(setup.id(), threadId, setup.otherMember(), "A first thought");
		mailbox.awaitMessage(setup.member().email(), "New reply in");
		perform(post(thread(setup.id(), threadId) + "/replies").param("body", "Everyone, look at this"),
				setup.facilitator());
		await(() -> mailbox.messagesTo(setup.member().email()).stream()
			.anyMatch(m -> m.body().contains("Everyone, look at this")));
		assertThat(mailbox.messagesTo(setup.otherMember().email())).as("community replies turned off").isEmpty();
	}

	@Test
	void anAuthorEditsTheirPostWithTheSameRulesAndThePageSaysItWasEdited() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long theme = programmes.aTheme();
		Long published = outputs.anOutput(setup.member(), null, List.of(theme), true);
		Long proposed = outputs.anOutput(setup.member(), null, List.of(theme), false);
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		Long opening = fixtures.openingPostOf(threadId);
		Long reply = fixtures.aReply(setup.id(), threadId, setup.otherMember(), "Tried it with level 1");
		String edit = community(setup.id()) + "/posts/" + opening + "/edit";

		Document threadPage = Html.of(mvc.perform(get(thread(setup.id(), threadId)).with(user(setup.member()))).andReturn());
		assertThat(threadPage.select("main a[href=" + edit + "]")).as("the author's own post").hasSize(1);
		assertThat(threadPage.select("main a[href$=/posts/" + reply + "/edit]")).as("someone else's post").isEmpty();
		assertThat(threadPage.text()).doesNotContain("edited");

		Document form = Html.of(mvc.perform(get(edit).with(user(setup.member()))).andExpect(status().isOk()).andReturn());
		assertThat(form.getElementById("body").val()).isEqualTo("What worked for you this term?");
		assertThat(form.getElementById("outputs")).as("the opening post carries the thread's links").isNotNull();
		String tooLong = "y".repeat(5001);
		FormPage.of(perform(post(edit).param("body", "  ").param("outputs", ""), setup.member()))
			.showsError("body", "Write something to post");
		FormPage.of(perform(post(edit).param("body", tooLong).param("outputs", "" + published), setup.member()))
			.showsError("body", "Keep your post to 5,000 characters or fewer")
			.keeps("body", tooLong)
			.keeps("outputs", "" + published);
		FormPage.of(perform(post(edit).param("body", "Fraction walls worked").param("outputs", published + " " + proposed),
				setup.member()))
			.showsError("outputs", "Output " + proposed + " is not published")
			.keeps("body", "Fraction walls worked");

		mvc.perform(post(edit).param("body", "Fraction walls worked.\nLearners liked them.")
			.param("outputs", "/outputs/" + published).with(user(setup.member())).with(csrf()))
			.andExpect(redirectedUrl(thread(setup.id(), threadId) + "#post-" + opening));
		Document changed = Html.of(mvc.perform(get(thread(setup.id(), threadId)).with(user(setup.otherMember())))
			.andReturn());
		assertThat(changed.select("#post-" + opening + " p.govuk-body").eachText()).containsExactly(
				"Fraction walls worked.", "Learners liked them.");
		assertThat(changed.select("#post-" + opening + " .px-meta").text()).contains("edited");
		assertThat(changed.select("#post-" + reply + " .px-meta").text()).doesNotContain("edited");
		assertThat(changed.select("main a[href=/outputs/" + published + "]")).hasSize(1);

		Document replyForm = Html.of(mvc.perform(get(community(setup.id()) + "/posts/" + reply + "/edit")
			.with(user(setup.otherMember()))).andExpect(status().isOk()).andReturn());
		assertThat(replyForm.getElementById("outputs")).as("a reply links no outputs").isNull();
		FormPage.of(perform(post(community(setup.id()) + "/posts/" + reply + "/edit").param("body", "Tried it")
			.param("outputs", "" + published), setup.otherMember()))
			.showsProblem("opening post")
			.keeps("body", "Tried it");
	}

	@Test
	void nobodyButItsAuthorEditsAPostAndNobodyOutsideSeesTheForm() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		Long opening = fixtures.openingPostOf(threadId);
		String edit = community(setup.id()) + "/posts/" + opening + "/edit";
		for (SignedInPerson other : List.of(setup.otherMember(), setup.facilitator(), setup.manager())) {
			mvc.perform(get(edit).with(user(other))).andExpect(status().isForbidden());
			mvc.perform(post(edit).param("body", "Rewritten").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(put("/api" + edit.replace("/edit", "")).contentType("application/json")
				.content("{\"body\":\"Rewritten\"}").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(edit).with(user(setup.outsider()))).andExpect(status().isNotFound());
		mvc.perform(post(edit).param("body", "Rewritten").with(user(setup.outsider())).with(csrf()))
			.andExpect(status().isNotFound());
		CommunityFixtures.Setup theirs = fixtures.aCommunity();
		mvc.perform(get(community(theirs.id()) + "/posts/" + opening + "/edit").with(user(theirs.member())))
			.andExpect(status().isNotFound());
		assertThat(posts.findById(opening).orElseThrow().body()).isEqualTo("What worked for you this term?");
	}

	@Test
	void aPostInALockedThreadOrHiddenCannotBeEditedAndTheApiSaysWhy() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.otherMember());
		Long reply = fixtures.aReply(setup.id(), threadId, setup.member(), "First thoughts");
		String edit = community(setup.id()) + "/posts/" + reply + "/edit";
		String api = "/api/communities/" + setup.id() + "/posts/" + reply;

		mvc.perform(put(api).contentType("application/json").content("{\"body\":\"\"}").with(user(setup.member()))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"field\":\"body\"")));
		mvc.perform(put(api).contentType("application/json").content("{\"body\":\"Second thoughts\"}")
			.with(user(setup.member())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"body\":\"Second thoughts\"")))
			.andExpect(content().string(containsString("\"editedAt\":\"")));
		mvc.perform(get("/api/communities/" + setup.id() + "/threads/" + threadId).with(user(setup.otherMember())))
			.andExpect(content().string(containsString("Second thoughts")));

		fixtures.lock(setup.id(), threadId, setup.facilitator());
		mvc.perform(get(thread(setup.id(), threadId)).with(user(setup.member())))
			.andExpect(content().string(not(containsString(edit))));
		mvc.perform(get(edit).with(user(setup.member())))
			.andExpect(redirectedUrl(thread(setup.id(), threadId) + "#post-" + reply))
			.andExpect(flash().attribute("problem", containsString("locked")));
		MvcResult refused = perform(post(edit).param("body", "Third thoughts"), setup.member());
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		Document page = Html.of(refused);
		assertThat(page.getElementById("body-error").text()).contains("This thread is locked");
		assertThat(page.getElementById("body").val()).isEqualTo("Third thoughts");
		mvc.perform(put(api).contentType("application/json").content("{\"body\":\"Third thoughts\"}")
			.with(user(setup.member())).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("locked")));

		mvc.perform(post(thread(setup.id(), threadId) + "/unlock").with(user(setup.facilitator())).with(csrf()));
		mvc.perform(post(community(setup.id()) + "/posts/" + reply + "/hide").with(user(setup.facilitator())).with(csrf()));
		mvc.perform(get(edit).with(user(setup.member())))
			.andExpect(flash().attribute("problem", containsString("hidden")));
		mvc.perform(put(api).contentType("application/json").content("{\"body\":\"Third thoughts\"}")
			.with(user(setup.member())).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(posts.findById(reply).orElseThrow().body()).isEqualTo("Second thoughts");
	}

	@Test
	void aLockedThreadRefusesRepliesWithAClearMessageUntilItIsUnlocked() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		String path = thread(setup.id(), threadId);
		mvc.perform(post(path + "/lock").with(user(setup.member())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(path + "/lock").with(user(setup.facilitator())).with(csrf())).andExpect(redirectedUrl(path));
		mvc.perform(get(path).with(user(setup.otherMember())))
			.andExpect(content().string(containsString("This thread is locked")))
			.andExpect(content().string(not(containsString("Post reply"))));

		MvcResult refused = perform(post(path + "/replies").param("body", "One more thing"), setup.otherMember());
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		Document page = Html.of(refused);
		assertThat(page.getElementById("body-error").text()).contains("This thread is locked");
		assertThat(page.getElementById("body").val()).isEqualTo("One more thing");
		mvc.perform(post("/api/communities/" + setup.id() + "/threads/" + threadId + "/replies")
			.contentType("application/json").content("{\"body\":\"By the API\"}").with(user(setup.otherMember()))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("locked")));
		assertThat(posts.countByThreadId(threadId)).isEqualTo(1);

		mvc.perform(post(path + "/unlock").with(user(setup.manager())).with(csrf())).andExpect(redirectedUrl(path));
		perform(post(path + "/replies").param("body", "One more thing"), setup.otherMember());
		assertThat(posts.countByThreadId(threadId)).isEqualTo(2);
	}

	@Test
	void aHiddenPostShowsMembersANoticeAndModeratorsItsText() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		Long replyId = fixtures.aReply(setup.id(), threadId, setup.otherMember(), "Learner J. in my group struggled");
		String hide = community(setup.id()) + "/posts/" + replyId + "/hide";
		mvc.perform(post(hide).with(user(setup.member())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(hide).with(user(setup.outsider())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(hide).with(user(setup.facilitator())).with(csrf()))
			.andExpect(redirectedUrl(thread(setup.id(), threadId) + "#post-" + replyId));

		for (SignedInPerson member : List.of(setup.member(), setup.otherMember())) {
			mvc.perform(get(thread(setup.id(), threadId)).with(user(member)))
				.andExpect(content().string(containsString("This post has been hidden by a moderator")))
				.andExpect(content().string(not(containsString("Learner J."))));
		}
		mvc.perform(get("/api/communities/" + setup.id() + "/threads/" + threadId).with(user(setup.member())))
			.andExpect(content().string(not(containsString("Learner J."))))
			.andExpect(content().string(containsString("\"hidden\":true")));
		for (SignedInPerson moderator : List.of(setup.facilitator(), setup.manager())) {
			mvc.perform(get(thread(setup.id(), threadId)).with(user(moderator)))
				.andExpect(content().string(containsString("Learner J.")))
				.andExpect(content().string(containsString("Hidden from members")));
		}
		mvc.perform(post(community(setup.id()) + "/posts/" + replyId + "/unhide").with(user(setup.manager())).with(csrf()));
		mvc.perform(get(thread(setup.id(), threadId)).with(user(setup.member())))
			.andExpect(content().string(containsString("Learner J.")));
	}

	@Test
	void membersReportPostsAndModeratorsResolveTheQueue() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		Long postId = fixtures.openingPostOf(threadId);
		String report = community(setup.id()) + "/posts/" + postId + "/report";

		mvc.perform(get(report).with(user(setup.member())))
			.andExpect(redirectedUrl(thread(setup.id(), threadId)))
			.andExpect(flash().attribute("problem", "You cannot report your own post"));
		mvc.perform(get(report).with(user(setup.otherMember()))).andExpect(status().isOk());
		mvc.perform(post(report).param("reason", "It names a learner at my college").with(user(setup.otherMember()))
			.with(csrf())).andExpect(redirectedUrl(thread(setup.id(), threadId)));
		mvc.perform(post(report).param("reason", "Again").with(user(setup.otherMember())).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("already reported")));

		String queue = community(setup.id()) + "/reports";
		mvc.perform(get(queue).with(user(setup.otherMember()))).andExpect(status().isForbidden());
		Document page = Html.of(mvc.perform(get(queue).with(user(setup.facilitator()))).andReturn());
		assertThat(page.text()).contains("It names a learner at my college").contains(setup.otherMember().name());
		assertThat(page.select("main a[href=" + thread(setup.id(), threadId) + "#post-" + postId + "]")).hasSize(1);
		mvc.perform(get(community(setup.id())).with(user(setup.facilitator())))
			.andExpect(content().string(containsString("Reports to look at (1)")));

		Long reportId = Long.valueOf(page.selectFirst("form[action*=/resolve]").attr("action").replaceAll(".*/reports/(\\d+)/resolve", "$1"));
		mvc.perform(post(queue + "/" + reportId + "/resolve").param("outcome", "HIDDEN").with(user(setup.facilitator()))
			.with(csrf())).andExpect(redirectedUrl(queue));
		Document after = Html.of(mvc.perform(get(queue).with(user(setup.facilitator()))).andReturn());
		assertThat(after.text()).contains("There are no reports waiting").contains("Post hidden");
		mvc.perform(get(thread(setup.id(), threadId)).with(user(setup.otherMember())))
			.andExpect(content().string(containsString("This post has been hidden by a moderator")));
		mvc.perform(post(queue + "/" + reportId + "/resolve").param("outcome", "KEPT").with(user(setup.facilitator()))
			.with(csrf())).andExpect(flash().attribute("problem", containsString("already been resolved")));
	}

	@Test
	void aPractitionerAsksToJoinIsApprovedByEmailAndThenTakesPart() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		SignedInPerson newcomer = setup.outsider();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		mvc.perform(get(thread(setup.id(), threadId)).with(user(newcomer))).andExpect(status().isNotFound());

		FormPage.of(perform(post(community(setup.id()) + "/membership-requests").param("message", "z".repeat(1001)),
				newcomer))
			.showsError("message", "Keep your message to 1,000 characters or fewer");
		mvc.perform(post(community(setup.id()) + "/membership-requests").param("message", "I teach ESOL maths")
			.with(user(newcomer)).with(csrf())).andExpect(redirectedUrl(community(setup.id())));
		mvc.perform(get(community(setup.id())).with(user(newcomer)))
			.andExpect(content().string(containsString("The facilitator will decide soon")))
			.andExpect(content().string(not(containsString("Ask to join</button>"))));

		Document members = Html.of(mvc.perform(get(community(setup.id()) + "/members").with(user(setup.facilitator())))
			.andReturn());
		assertThat(members.text()).contains("I teach ESOL maths").contains(newcomer.name());
		String approve = members.selectFirst("form[action$=/approve]").attr("action");
		mvc.perform(post(approve).with(user(setup.member())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(approve).with(user(setup.facilitator())).with(csrf()))
			.andExpect(redirectedUrl(community(setup.id()) + "/members"));

		ReceivedMail welcome = mailbox.awaitMessage(newcomer.email(), "Welcome to the community");
		assertThat(welcome.hasLinkTo(community(setup.id()))).isTrue();
		mvc.perform(get(thread(setup.id(), threadId)).with(user(newcomer))).andExpect(status().isOk());
		perform(post(thread(setup.id(), threadId) + "/replies").param("body", "Glad to be here"), newcomer);
		mailbox.awaitMessage(setup.member().email(), "New reply in");
	}

	@Test
	void withoutAnActiveFacilitatorARequestToJoinTellsTheProgrammeManagersUnlessTheyTurnedSuchRequestsOff()
			throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		SignedInPerson quietManager = accounts.aPerson(EnumSet.of(Role.PROGRAMME_MANAGER));
		turnOff(NotificationKind.COMMUNITY_REQUEST, quietManager);
		mvc.perform(post("/manage/people/{id}/deactivate", setup.facilitator().id()).with(user(setup.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		SignedInPerson newcomer = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());

		perform(post(community(setup.id()) + "/membership-requests").param("message", "Adult numeracy"), newcomer);

		String name = service.found(setup.id()).name();
		assertThat(mailbox.awaitMessage(setup.manager().email(), "Request to join " + name).body())
			.contains(newcomer.name() + " has asked to join").contains("Adult numeracy");
		assertThat(mailbox.messagesTo(quietManager.email())).as("requests to join turned off").isEmpty();
		assertThat(mailbox.messagesTo(setup.facilitator().email())).as("a deactivated facilitator")
			.noneMatch(mail -> mail.subject().startsWith("Request to join"));
	}

	@Test
	void aRequestToJoinTellsTheFacilitatorByEmail() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		SignedInPerson newcomer = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());

		mvc.perform(post(community(setup.id()) + "/membership-requests").param("message", "I teach ESOL maths at Mill Street")
			.with(user(newcomer)).with(csrf())).andExpect(redirectedUrl(community(setup.id())));

		String name = service.found(setup.id()).name();
		ReceivedMail asked = mailbox.awaitMessage(setup.facilitator().email(), "Request to join " + name);
		assertThat(asked.body()).contains(newcomer.name() + " has asked to join the " + name + " community")
			.contains("I teach ESOL maths at Mill Street");
		assertThat(asked.hasLinkTo(community(setup.id()) + "/members")).isTrue();
		for (SignedInPerson notTold : List.of(setup.manager(), setup.member(), setup.group().mentor(), newcomer)) {
			assertThat(mailbox.messagesTo(notTold.email()))
				.as("managers while there is a facilitator, members who do not moderate, and the requester")
				.noneMatch(mail -> mail.subject().startsWith("Request to join"));
		}

		SignedInPerson silent = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		perform(post(community(setup.id()) + "/membership-requests"), silent);
		await(() -> mailbox.messagesTo(setup.facilitator().email()).stream()
			.anyMatch(m -> m.body().contains(silent.name() + " has asked") && m.body().contains("They did not add a message.")));
	}

	@Test
	void aDeclinedRequesterIsToldByEmailWithTheFacilitatorsNote() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		SignedInPerson newcomer = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		Long requestId = fixtures.aRequest(setup.id(), newcomer);
		String decline = community(setup.id()) + "/membership-requests/" + requestId + "/decline";
		FormPage.of(perform(post(decline).param("note", "n".repeat(1001)), setup.facilitator()))
			.showsError("note", "Keep the note to 1,000 characters or fewer")
			.keeps("note", "n".repeat(1001));
		mvc.perform(post(decline).param("note", "We are only for ESOL tutors").with(user(setup.manager())).with(csrf()))
			.andExpect(redirectedUrl(community(setup.id()) + "/members"));
		ReceivedMail told = mailbox.awaitMessage(newcomer.email(), "Your request to join");
		assertThat(told.body()).contains("We are only for ESOL tutors");
		mvc.perform(get(community(setup.id())).with(user(newcomer)))
			.andExpect(content().string(containsString("Your last request was declined")));
		mvc.perform(post(decline).with(user(setup.facilitator())).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("already been decided")));
	}

	@Test
	void aMemberLeavesButTheFacilitatorStays() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.facilitator());
		mvc.perform(post(community(setup.id()) + "/leave").with(user(setup.facilitator())).with(csrf()))
			.andExpect(redirectedUrl(community(setup.id())))
			.andExpect(flash().attribute("problem", containsString("facilitate")));
		mvc.perform(post(community(setup.id()) + "/leave").with(user(setup.member())).with(csrf()))
			.andExpect(redirectedUrl("/communities"));
		mvc.perform(get(thread(setup.id(), threadId)).with(user(setup.member()))).andExpect(status().isNotFound());
		mvc.perform(get(community(setup.id())).with(user(setup.member())))
			.andExpect(content().string(containsString("Ask to join")));
	}

	@Test
	void anotherCommunitysThreadOrPostByIdIsNotFound() throws Exception {
		CommunityFixtures.Setup mine = fixtures.aCommunity();
		CommunityFixtures.Setup theirs = fixtures.aCommunity();
		Long theirThread = fixtures.aThread(theirs.id(), theirs.member());
		Long theirPost = fixtures.openingPostOf(theirThread);
		mvc.perform(get(thread(mine.id(), theirThread)).with(user(mine.member()))).andExpect(status().isNotFound());
		mvc.perform(get(thread(theirs.id(), theirThread)).with(user(mine.member()))).andExpect(status().isNotFound());
		mvc.perform(post(thread(mine.id(), theirThread) + "/replies").param("body", "Sneaky").with(user(mine.member()))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(community(mine.id()) + "/posts/" + theirPost + "/hide").with(user(mine.facilitator())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(thread(mine.id(), theirThread) + "/lock").with(user(mine.facilitator())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get(community(mine.id()) + "/posts/" + theirPost + "/report").with(user(mine.member())))
			.andExpect(status().isNotFound());
		assertThat(posts.countByThreadId(theirThread)).isEqualTo(1);
	}

	@Test
	void theApiListsCommunitiesAndShowsThreadsToMembersOnly() throws Exception {
		CommunityFixtures.Setup setup = fixtures.aCommunity();
		Long threadId = fixtures.aThread(setup.id(), setup.member());
		mvc.perform(get("/api/communities").with(user(setup.outsider())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"id\":" + setup.id() + ",")));
		mvc.perform(get("/api/communities/" + setup.id() + "/threads").with(user(setup.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"id\":" + threadId)));
		mvc.perform(get("/api/communities/" + setup.id() + "/threads").with(user(setup.outsider())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/communities/" + setup.id() + "/threads/" + threadId + "/replies")
			.contentType("application/json").content("{\"body\":\"\"}").with(user(setup.otherMember())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("\"field\":\"body\"")));
		mvc.perform(post("/api/communities/" + setup.id() + "/threads/" + threadId + "/replies")
			.contentType("application/json").content("{\"body\":\"From the API\"}").with(user(setup.otherMember()))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(content().string(containsString("\"id\":")));
		mvc.perform(get("/api/communities/" + setup.id() + "/threads/" + threadId).with(user(setup.manager())))
			.andExpect(content().string(containsString("From the API")));
	}

	/** The person chooses not to hear of one kind at all, and to hear of every other straight away. */
	private void turnOff(NotificationKind off, SignedInPerson person) throws Exception {
		MockHttpServletRequestBuilder choices = post("/account/notifications");
		for (NotificationKind kind : NotificationKind.values()) {
			choices = choices.param(kind.name(), kind == off ? "OFF" : "IMMEDIATELY");
		}
		mvc.perform(choices.with(user(person)).with(csrf())).andExpect(redirectedUrl("/account/notifications"));
	}

	private static void await(java.util.concurrent.Callable<Boolean> condition) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
			.pollInterval(java.time.Duration.ofMillis(50)).until(condition);
	}
}
