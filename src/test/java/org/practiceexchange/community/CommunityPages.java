package org.practiceexchange.community;

import java.util.List;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.browser.RecordPages;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.stereotype.Component;

/**
 * A community with a thread holding an edited reply and a hidden one, a locked thread, a report and a
 * request to join: its pages as a member, an outsider, the facilitator and a programme manager see
 * them, with the forms to edit one's own post.
 */
@Component
class CommunityPages implements RecordPages {

	private final CommunityFixtures communities;

	private final ProjectFixtures projects;

	private final AccountFixtures accounts;

	private final Conversations conversations;

	CommunityPages(CommunityFixtures communities, ProjectFixtures projects, AccountFixtures accounts,
			Conversations conversations) {
		this.communities = communities;
		this.projects = projects;
		this.accounts = accounts;
		this.conversations = conversations;
	}

	@Override
	public List<Visit> visits() {
		CommunityFixtures.Setup setup = communities.aCommunity();
		Long thread = communities.aThread(setup.id(), setup.facilitator());
		Long reply = communities.aReply(setup.id(), thread, setup.member(), "We tried the timetable task.\nIt worked.");
		conversations.edit(setup.id(), reply, setup.member(), new CommunityForms.EditPost(
				"We tried the timetable task.\nIt worked, mostly.", null));
		communities.aReply(setup.id(), thread, setup.otherMember(), "This one will be hidden");
		Long hidden = conversations.thread(setup.id(), thread, setup.facilitator()).posts().get(2).id();
		conversations.hide(setup.id(), hidden, setup.facilitator(), true);
		communities.aReport(setup.id(), reply, setup.otherMember());
		Long locked = communities.aThread(setup.id(), setup.member());
		communities.lock(setup.id(), locked, setup.facilitator());
		SignedInPerson newcomer = accounts.aPerson(Role.PRACTITIONER, accounts.anOrganisation());
		communities.aRequest(setup.id(), newcomer);
		ProjectFixtures.Group ended = projects.aGroup();
		projects.close(ended.project());

		String c = "/communities/" + setup.id();
		String t = c + "/threads/" + thread;
		return List.of(
				new Visit(setup.member().email(), List.of("/communities", c, t, c + "/threads/" + locked, c + "/threads/new",
						c + "/members", c + "/posts/" + communities.openingPostOf(thread) + "/report", c + "/posts/" + reply + "/edit")),
				new Visit(setup.outsider().email(), List.of("/communities", c)),
				new Visit(newcomer.email(), List.of(c)),
				new Visit(setup.facilitator().email(), List.of(c, t, c + "/reports", c + "/members",
						c + "/posts/" + communities.openingPostOf(thread) + "/edit")),
				new Visit(ended.facilitator().email(), List.of("/communities", "/communities/start",
						"/communities/start/" + ended.project().id())),
				new Visit(setup.manager().email(), List.of(c, t, c + "/reports")));
	}
}
