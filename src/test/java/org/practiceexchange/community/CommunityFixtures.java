package org.practiceexchange.community;

import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.project.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * Communities for tests, made through the module's own services: {@code aCommunity()} closes a new
 * group and keeps it going, so its member, other member, facilitator and mentor are members and
 * the facilitator moderates; the group's outsider, lead, reviewer and validator are not.
 */
@Component
class CommunityFixtures {

	/** A community and everyone around the group it grew from. */
	record Setup(ProjectFixtures.Group group, ProjectSummary project, Long id) {

		SignedInPerson member() {
			return group.member();
		}

		SignedInPerson otherMember() {
			return group.otherMember();
		}

		SignedInPerson facilitator() {
			return group.facilitator();
		}

		SignedInPerson manager() {
			return group.manager();
		}

		SignedInPerson outsider() {
			return group.outsider();
		}
	}

	private final ProjectFixtures projects;

	private final CommunityService communities;

	private final Conversations conversations;

	private final PostRepository posts;

	CommunityFixtures(ProjectFixtures projects, CommunityService communities, Conversations conversations,
			PostRepository posts) {
		this.projects = projects;
		this.communities = communities;
		this.conversations = conversations;
		this.posts = posts;
	}

	Setup aCommunity() {
		ProjectFixtures.Group group = projects.aGroup();
		ProjectSummary closed = projects.close(group.project());
		Long id = communities.start(closed.id(), group.facilitator(),
				new CommunityForms.Start(AccountFixtures.unique("Community"), "Members keep swapping what works"));
		return new Setup(group, closed, id);
	}

	/** A thread started by the author, with its opening post. */
	Long aThread(Long communityId, SignedInPerson author) {
		return conversations.start(communityId, author, new CommunityForms.NewThread(AccountFixtures.unique("Thread"),
				"What worked for you this term?", ""));
	}

	Long aReply(Long communityId, Long threadId, SignedInPerson author, String body) {
		return conversations.reply(communityId, threadId, author, body);
	}

	/** The thread's opening post. */
	Long openingPostOf(Long threadId) {
		return posts.findByThreadIdOrderByPostedAtAscIdAsc(threadId).get(0).id();
	}

	Long aReport(Long communityId, Long postId, SignedInPerson reporter) {
		conversations.report(communityId, postId, reporter, "It names a learner");
		return conversations.openReports(communityId, communityModerator(communityId)).stream()
			.filter(report -> report.postId().equals(postId)).findFirst().orElseThrow().id();
	}

	void lock(Long communityId, Long threadId, SignedInPerson moderator) {
		conversations.lock(communityId, threadId, moderator, true);
	}

	Long aRequest(Long communityId, SignedInPerson requester) {
		communities.request(communityId, requester, new CommunityForms.Request("I teach maths to adults"));
		SignedInPerson moderator = communityModerator(communityId);
		return communities.pendingRequests(communityId, moderator).stream()
			.filter(request -> request.personId().equals(requester.id())).findFirst().orElseThrow().id();
	}

	private SignedInPerson communityModerator(Long communityId) {
		Community community = communities.found(communityId);
		return new SignedInPerson(community.facilitatorId(), "moderator@example.test", "Moderator", java.util.Set.of(
				org.practiceexchange.account.Role.MENTOR), List.of(), null, false, true);
	}
}
