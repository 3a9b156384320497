package org.practiceexchange.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.CohortStatus;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeStatus;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.project.ProjectKind;
import org.practiceexchange.project.ProjectStatus;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The community's rules on its own objects, without Spring. */
class CommunityRulesTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	static final Long FACILITATOR = 1L;

	static final Long MENTOR = 2L;

	static final Long MEMBER = 3L;

	static final Long OTHER_MEMBER = 4L;

	static final Long OUTSIDER = 9L;

	static ProjectSummary project(ProjectStatus status, boolean community, Long facilitator, Long mentor) {
		return new ProjectSummary(10L, 20L, ProjectKind.EXCHANGE_GROUP, "Group", "What it did", null, facilitator, mentor,
				100L, List.of(101L), status, community,
				List.of(new ProjectSummary.Member(MEMBER, 100L, null), new ProjectSummary.Member(OTHER_MEMBER, 101L, null)), null);
	}

	static KeepingGoing rule(ProjectStatus status, boolean flagged, CohortStatus cohort, ProgrammeStatus programme) {
		return new KeepingGoing(project(status, flagged, FACILITATOR, MENTOR),
				Optional.of(new CohortSummary(20L, 30L, "Wave", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), cohort,
						null, null)),
				Optional.of(new ProgrammeSummary(30L, "Programme", null, null, ProgrammeModel.EXCHANGE_GROUP, programme, 2025,
						2025, null, List.of(), List.of())));
	}

	static SignedInPerson person(Long id, Role role) {
		return new SignedInPerson(id, id + "@example.test", "Person " + id, Set.of(role), List.of(), null, false, true);
	}

	static Community community() {
		Community community = new Community(10L, "Everyday maths", null, FACILITATOR,
				new java.util.LinkedHashSet<>(List.of(FACILITATOR, MEMBER)), FACILITATOR, NOW);
		ReflectionTestUtils.setField(community, "id", 5L);
		return community;
	}

	static CommunityThread thread() {
		CommunityThread thread = new CommunityThread(5L, MEMBER, "Timetables", List.of(), NOW);
		ReflectionTestUtils.setField(thread, "id", 6L);
		return thread;
	}

	@Test
	void aRunningGroupKeepsGoingOnlyWhenItWasSetUpToContinue() {
		assertThat(rule(ProjectStatus.RUNNING, false, CohortStatus.RUNNING, ProgrammeStatus.RUNNING).mayContinue()).isFalse();
		assertThat(rule(ProjectStatus.FORMING, false, CohortStatus.RUNNING, ProgrammeStatus.RUNNING).mayContinue()).isFalse();
		assertThat(rule(ProjectStatus.RUNNING, true, CohortStatus.RUNNING, ProgrammeStatus.RUNNING).reason())
			.contains(KeepingGoing.Reason.SET_UP_TO_CONTINUE);
	}

	@Test
	void aGroupKeepsGoingOnceItsWorkOrItsProgrammeHasEnded() {
		assertThat(rule(ProjectStatus.REPORTING, false, CohortStatus.RUNNING, ProgrammeStatus.RUNNING).reason())
			.contains(KeepingGoing.Reason.PROJECT_ENDED);
		assertThat(rule(ProjectStatus.CLOSED, false, CohortStatus.RUNNING, ProgrammeStatus.RUNNING).reason())
			.contains(KeepingGoing.Reason.PROJECT_ENDED);
		assertThat(rule(ProjectStatus.RUNNING, false, CohortStatus.CLOSED, ProgrammeStatus.RUNNING).reason())
			.contains(KeepingGoing.Reason.PROGRAMME_ENDED);
		assertThat(rule(ProjectStatus.RUNNING, false, CohortStatus.RUNNING, ProgrammeStatus.CLOSED).reason())
			.contains(KeepingGoing.Reason.PROGRAMME_ENDED);
	}

	@Test
	void theGroupsPeopleAndManagersStartItButNobodyElse() {
		KeepingGoing rule = rule(ProjectStatus.CLOSED, false, CohortStatus.CLOSED, ProgrammeStatus.CLOSED);
		assertThat(rule.mayBeStartedBy(person(FACILITATOR, Role.MENTOR))).isTrue();
		assertThat(rule.mayBeStartedBy(person(MENTOR, Role.MENTOR))).isTrue();
		assertThat(rule.mayBeStartedBy(person(MEMBER, Role.PRACTITIONER))).isTrue();
		assertThat(rule.mayBeStartedBy(person(OUTSIDER, Role.PROGRAMME_MANAGER))).isTrue();
		assertThat(rule.mayBeStartedBy(person(OUTSIDER, Role.PRACTITIONER))).isFalse();
		assertThat(rule.mayBeStartedBy(person(OUTSIDER, Role.MENTOR))).isFalse();
	}

	@Test
	void foundersAreTheMembersFacilitatorAndMentorAndTheFacilitatorModerates() {
		KeepingGoing rule = rule(ProjectStatus.CLOSED, false, CohortStatus.CLOSED, ProgrammeStatus.CLOSED);
		assertThat(rule.founders()).containsExactly(FACILITATOR, MENTOR, MEMBER, OTHER_MEMBER);
		assertThat(rule.facilitatorId()).isEqualTo(FACILITATOR);
		KeepingGoing mentored = new KeepingGoing(project(ProjectStatus.CLOSED, false, null, MENTOR), Optional.empty(),
				Optional.empty());
		assertThat(mentored.facilitatorId()).as("the mentor moderates a group that had no facilitator").isEqualTo(MENTOR);
		assertThat(mentored.founders()).containsExactly(MENTOR, MEMBER, OTHER_MEMBER);
	}

	@Test
	void membersAndModeratorsAreLetInAndOnlyTheFacilitatorAndManagersModerate() {
		Community community = community();
		assertThat(community.letsIn(person(MEMBER, Role.PRACTITIONER))).isTrue();
		assertThat(community.isModerator(person(MEMBER, Role.PRACTITIONER))).isFalse();
		assertThat(community.isModerator(person(FACILITATOR, Role.MENTOR))).isTrue();
		assertThat(community.letsIn(person(OUTSIDER, Role.PROGRAMME_MANAGER))).isTrue();
		assertThat(community.isModerator(person(OUTSIDER, Role.PROGRAMME_MANAGER))).isTrue();
		assertThat(community.letsIn(person(OUTSIDER, Role.PRACTITIONER))).isFalse();
		assertThat(community.letsIn(person(OUTSIDER, Role.MENTOR))).isFalse();
	}

	@Test
	void membersLeaveButTheFacilitatorStays() {
		Community community = community();
		assertThatThrownBy(() -> community.leave(FACILITATOR)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("facilitate");
		community.leave(MEMBER);
		assertThat(community.isMember(MEMBER)).isFalse();
		assertThatThrownBy(() -> community.leave(MEMBER)).isInstanceOf(DomainRuleException.class);
		community.admit(MEMBER, NOW);
		community.admit(MEMBER, NOW);
		assertThat(community.memberIds()).containsExactly(FACILITATOR, MEMBER);
	}

	@Test
	void aCommunityNeedsANameOfSensibleLength() {
		assertThatThrownBy(() -> new Community(1L, "  ", null, null, Set.of(), 1L, NOW))
			.isInstanceOf(DomainRuleException.class).extracting("field").isEqualTo("name");
		assertThatThrownBy(() -> new Community(1L, "x".repeat(151), null, null, Set.of(), 1L, NOW))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("150");
		assertThatThrownBy(() -> new Community(1L, "Name", "x".repeat(2001), null, Set.of(), 1L, NOW))
			.isInstanceOf(DomainRuleException.class).extracting("field").isEqualTo("description");
	}

	@Test
	void aLockedThreadTakesNoRepliesUntilItIsUnlocked() {
		CommunityThread thread = thread();
		Instant later = NOW.plusSeconds(60);
		thread.reply(OTHER_MEMBER, "First reply", later);
		assertThat(thread.lastPostAt()).isEqualTo(later);
		thread.lock(FACILITATOR, later);
		assertThatThrownBy(() -> thread.reply(OTHER_MEMBER, "Too late", later))
			.isInstanceOf(CommunityThread.ThreadLockedException.class).hasMessageContaining("locked");
		thread.unlock();
		assertThat(thread.reply(OTHER_MEMBER, "Open again", later).body()).isEqualTo("Open again");
	}

	@Test
	void postsAreNeitherEmptyNorOverLong() {
		CommunityThread thread = thread();
		assertThatThrownBy(() -> thread.reply(MEMBER, " \n ", NOW)).isInstanceOf(DomainRuleException.class)
			.extracting("field").isEqualTo("body");
		assertThatThrownBy(() -> thread.reply(MEMBER, "x".repeat(5001), NOW)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("5000");
		assertThat(thread.reply(MEMBER, "x".repeat(5000), NOW).body()).hasSize(5000);
		assertThatThrownBy(() -> new CommunityThread(5L, MEMBER, "", List.of(), NOW)).isInstanceOf(DomainRuleException.class)
			.extracting("field").isEqualTo("title");
		assertThatThrownBy(() -> new CommunityThread(5L, MEMBER, "Title", java.util.stream.LongStream.rangeClosed(1, 11)
			.boxed().toList(), NOW)).isInstanceOf(DomainRuleException.class).extracting("field").isEqualTo("outputs");
	}

	@Test
	void aHiddenPostCanBeShownAgain() {
		Post post = thread().reply(MEMBER, "Something", NOW);
		post.hide(FACILITATOR, NOW);
		assertThat(post.hidden()).isTrue();
		post.unhide();
		assertThat(post.hidden()).isFalse();
	}

	@Test
	void anEditFollowsTheRulesOfANewPostAndIsMarkedOnlyWhenTheTextChanges() {
		CommunityThread thread = thread();
		Post post = thread.reply(MEMBER, "Tried it", NOW);
		Instant later = NOW.plusSeconds(600);
		post.edit(thread, "  Tried it \n", later);
		assertThat(post.editedAt()).as("the same text again").isNull();
		post.edit(thread, "Tried it with level 1 too", later);
		assertThat(post.body()).isEqualTo("Tried it with level 1 too");
		assertThat(post.editedAt()).isEqualTo(later);
		assertThatThrownBy(() -> post.edit(thread, " ", later)).isInstanceOf(DomainRuleException.class)
			.extracting("field").isEqualTo("body");
		assertThatThrownBy(() -> post.edit(thread, "x".repeat(5001), later)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("5000");
		assertThat(post.body()).isEqualTo("Tried it with level 1 too");
	}

	@Test
	void aHiddenPostOrOneInALockedThreadCannotBeEdited() {
		CommunityThread thread = thread();
		Post post = thread.reply(MEMBER, "Tried it", NOW);
		assertThat(post.notEditable(thread)).isEmpty();
		thread.lock(FACILITATOR, NOW);
		assertThat(post.notEditable(thread)).contains(Post.LOCKED_NOT_EDITABLE);
		assertThatThrownBy(() -> post.edit(thread, "Changed", NOW)).isInstanceOf(Post.EditRefusedException.class)
			.hasMessageContaining("locked").extracting("field").isEqualTo("body");
		thread.unlock();
		post.hide(FACILITATOR, NOW);
		assertThatThrownBy(() -> post.edit(thread, "Changed", NOW)).isInstanceOf(Post.EditRefusedException.class)
			.hasMessageContaining("hidden");
		post.unhide();
		post.edit(thread, "Changed", NOW);
		assertThat(post.body()).isEqualTo("Changed");
	}

	@Test
	void anOpeningPostRelinksOutputsUnderTheSameLimit() {
		CommunityThread thread = thread();
		assertThat(thread.relink(List.of())).as("no change").isFalse();
		assertThat(thread.relink(List.of(3L, 4L, 3L))).isTrue();
		assertThat(thread.outputIds()).containsExactly(3L, 4L);
		assertThatThrownBy(() -> thread.relink(java.util.stream.LongStream.rangeClosed(1, 11).boxed().toList()))
			.isInstanceOf(DomainRuleException.class).extracting("field").isEqualTo("outputs");
		assertThat(thread.outputIds()).containsExactly(3L, 4L);
	}

	@Test
	void nobodyReportsTheirOwnPostAndAReportIsResolvedOnce() {
		Post post = thread().reply(MEMBER, "Something", NOW);
		assertThatThrownBy(() -> new PostReport(post, MEMBER, "Mine", NOW)).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> new PostReport(post, OTHER_MEMBER, " ", NOW)).isInstanceOf(DomainRuleException.class)
			.extracting("field").isEqualTo("reason");
		PostReport report = new PostReport(post, OTHER_MEMBER, "Names a learner", NOW);
		assertThat(report.open()).isTrue();
		report.resolve(FACILITATOR, PostReport.Outcome.HIDDEN, NOW);
		assertThat(report.open()).isFalse();
		assertThatThrownBy(() -> report.resolve(FACILITATOR, PostReport.Outcome.KEPT, NOW))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void aMembershipRequestIsDecidedOnce() {
		MembershipRequest request = new MembershipRequest(5L, OUTSIDER, "I teach ESOL", NOW);
		request.decline(FACILITATOR, "The group is full for now", NOW);
		assertThat(request.status()).isEqualTo(MembershipRequest.Status.DECLINED);
		assertThat(request.note()).isEqualTo("The group is full for now");
		assertThatThrownBy(() -> request.approve(FACILITATOR, NOW)).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> new MembershipRequest(5L, OUTSIDER, "x".repeat(1001), NOW))
			.isInstanceOf(DomainRuleException.class).extracting("field").isEqualTo("message");
	}

	@Test
	void outputLinksAreNumbersOrAddressesOfOutputPages() {
		assertThat(OutputLinks.parse(null)).isEmpty();
		assertThat(OutputLinks.parse("12, 14\nhttps://exchange.example.org/outputs/15 /outputs/16/ 12")).containsExactly(12L,
				14L, 15L, 16L);
		assertThatThrownBy(() -> OutputLinks.parse("12 https://example.org/programmes/3"))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("programmes/3").extracting("field")
			.isEqualTo("outputs");
		assertThatThrownBy(() -> OutputLinks.parse("javascript:alert(1)/outputs/3")).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> OutputLinks.parse("twelve")).isInstanceOf(DomainRuleException.class);
	}
}
