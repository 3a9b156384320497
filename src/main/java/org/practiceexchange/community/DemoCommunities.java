package org.practiceexchange.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the exchange group on everyday maths for ESOL learners, which was set up to keep
 * meeting as a community of practice, with two threads (one linking a published output) and replies
 * from its facilitator and member. The demo practitioner is not a member, so can ask to join.
 */
@Component
@Order(90)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoCommunities implements ApplicationRunner {

	static final String EXCHANGE_GROUP = "ESOL learners and everyday maths: an exchange group";

	static final String ASSESSMENT = "Accessible maths assessment for ESOL learners";

	private final CommunityRepository communities;

	private final ThreadRepository threads;

	private final PostRepository posts;

	private final Projects projects;

	private final Outputs outputs;

	private final People people;

	private final Clock clock;

	DemoCommunities(CommunityRepository communities, ThreadRepository threads, PostRepository posts, Projects projects,
			Outputs outputs, People people, Clock clock) {
		this.communities = communities;
		this.threads = threads;
		this.posts = posts;
		this.projects = projects;
		this.outputs = outputs;
		this.people = people;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<PersonSummary> facilitator = people.findByEmail("facilitator@demo.test");
		Optional<PersonSummary> colleague = people.findByEmail("colleague@demo.test");
		if (communities.count() > 0 || facilitator.isEmpty() || colleague.isEmpty()) {
			return;
		}
		Optional<ProjectSummary> group = projects.involving(facilitator.get().id()).stream()
			.filter(p -> p.title().equals(EXCHANGE_GROUP)).findFirst();
		if (group.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		KeepingGoing rule = new KeepingGoing(group.get(), Optional.empty(), Optional.empty());
		Community community = communities.save(new Community(group.get().id(), "Everyday maths with ESOL learners",
				"Tutors from adult community learning and training providers who teach maths to people learning English. "
						+ "We swap activities that use real timetables, bills and receipts, and talk through what worked.",
				rule.facilitatorId(), rule.founders(), facilitator.get().id(), now.minus(Duration.ofDays(21))));
		Long tutor = colleague.get().id();
		Long host = facilitator.get().id();

		CommunityThread timetables = threads.save(new CommunityThread(community.id(), tutor,
				"Bus timetables as a first maths task", assessment().stream().toList(), now.minus(Duration.ofDays(14))));
		posts.save(timetables.open("""
				I have started my entry-level group with a real timetable from the local bus station instead of a worksheet.
				Learners plan a trip to the Mill Street centre and work out how long they wait between buses.
				Reading the 24-hour times was harder than the subtraction. Has anyone found a good way to practise that first?
				I linked the assessment from our exchange wave: the picture prompts helped me see who could already read times."""));
		posts.save(timetables.reply(host, """
				Thank you for trying this. In the second wave two tutors put a clock face beside each column for the first week, then took it away.
				It might be worth bringing a timetable to our next meet-up so we can compare versions.""",
				now.minus(Duration.ofDays(12))));
		posts.save(timetables.reply(tutor, """
				Good idea. I will bring the one we used and the learners' notes (with no names on them).""",
				now.minus(Duration.ofDays(11))));

		CommunityThread meetUp = threads.save(new CommunityThread(community.id(), host,
				"Next meet-up: bring one activity that worked", List.of(), now.minus(Duration.ofDays(5))));
		posts.save(meetUp.open("""
				We meet online on the first Tuesday of next month, 4pm to 5pm.
				Please bring one activity you used this term with learners of English, and say what you would change.
				Reply here with your activity so we can plan the order."""));
		posts.save(meetUp.reply(tutor, """
				I will bring the bills-and-receipts sort: learners group real bills by what they are for before they look at the totals.""",
				now.minus(Duration.ofDays(3))));
	}

	/** The demo output this group's thread points to, found among the first published outputs. */
	private Optional<Long> assessment() {
		return LongStream.rangeClosed(1, 100).mapToObj(outputs::findPublished).flatMap(Optional::stream)
			.filter(o -> o.title().equals(ASSESSMENT)).map(OutputSummary::id).findFirst();
	}
}
