package org.practiceexchange.community;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonStatus;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.community.CommunityViews.Candidate;
import org.practiceexchange.community.CommunityViews.Card;
import org.practiceexchange.community.CommunityViews.Directory;
import org.practiceexchange.community.CommunityViews.Overview;
import org.practiceexchange.community.CommunityViews.Standing;
import org.practiceexchange.programme.CohortSummary;
import org.practiceexchange.programme.ProgrammeCatalogue;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.Projects;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities as people find and join them: the directory, starting one from a group that has
 * ended (or was set up to continue), and membership. Signed-in practitioners, mentors and
 * programme managers may know every community exists; only members and moderators see inside.
 */
@Service
@Transactional(readOnly = true)
class CommunityService {

	private final CommunityRepository communities;

	private final MembershipRequestRepository requests;

	private final PostReportRepository reports;

	private final Projects projects;

	private final ProgrammeCatalogue catalogue;

	private final People people;

	private final CommunityMail mail;

	private final Clock clock;

	CommunityService(CommunityRepository communities, MembershipRequestRepository requests, PostReportRepository reports,
			Projects projects, ProgrammeCatalogue catalogue, People people, CommunityMail mail, Clock clock) {
		this.communities = communities;
		this.requests = requests;
		this.reports = reports;
		this.projects = projects;
		this.catalogue = catalogue;
		this.people = people;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Every community, the person's own first, and how many of their groups they could keep going.
	 * A programme manager's candidates are every group, so they are counted only on their own page.
	 */
	Directory directory(SignedInPerson me) {
		List<Card> cards = cards(me);
		boolean manager = me.hasRole(Role.PROGRAMME_MANAGER);
		return new Directory(cards.stream().filter(card -> card.standing().member()).toList(),
				cards.stream().filter(card -> !card.standing().member()).toList(), manager ? 0 : candidates(me).size(),
				manager);
	}

	/** Every community by name, as this person stands towards each. */
	List<Card> cards(SignedInPerson me) {
		List<Community> all = communities.findAllByOrderByNameAscIdAsc();
		Set<Long> requested = requests.byPersonAndStatus(me.id(), MembershipRequest.Status.PENDING).stream()
			.map(MembershipRequest::communityId).collect(Collectors.toSet());
		return all.stream().map(c -> new Card(c.id(), c.name(), c.description(), projectTitle(c.projectId()),
				c.memberIds().size(), standing(c, me), requested.contains(c.id()))).toList();
	}

	/**
	 * Groups this person may keep going that are not communities yet, by title. A programme
	 * manager's are read from every group, but only those that may carry on (set up to continue, their
	 * work over, or in a cohort that has ended) are loaded.
	 */
	List<Candidate> candidates(SignedInPerson me) {
		List<ProgrammeSummary> all = catalogue.all();
		Map<Long, CohortSummary> cohorts = all.stream().flatMap(p -> p.cohorts().stream())
			.collect(Collectors.toMap(CohortSummary::id, Function.identity()));
		Map<Long, ProgrammeSummary> programmes = all.stream()
			.collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
		List<ProjectSummary> mine;
		if (me.hasRole(Role.PROGRAMME_MANAGER)) {
			List<Long> endedCohorts = cohorts.values().stream()
				.filter(c -> KeepingGoing.ended(Optional.of(c), Optional.ofNullable(programmes.get(c.programmeId()))))
				.map(CohortSummary::id).toList();
			mine = projects.communityCandidates(KeepingGoing.WORK_OVER, endedCohorts);
		}
		else {
			mine = projects.involving(me.id());
		}
		Set<Long> taken = mine.isEmpty() ? Set.of()
				: Set.copyOf(communities.projectsWithCommunities(mine.stream().map(ProjectSummary::id).toList()));
		return mine.stream().filter(project -> !taken.contains(project.id()))
			.map(project -> {
				Optional<CohortSummary> cohort = Optional.ofNullable(cohorts.get(project.cohortId()));
				return new KeepingGoing(project, cohort, cohort.map(c -> programmes.get(c.programmeId())));
			})
			.filter(rule -> rule.mayContinue() && rule.mayBeStartedBy(me))
			.map(rule -> new Candidate(rule.project().id(), rule.project().title(), rule.reason().orElseThrow()))
			.sorted(Comparator.comparing(Candidate::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The group, if this person may start a community from it now. A project they have no part in
	 * is not found; one that has not ended, or already continues, breaks a rule.
	 */
	KeepingGoing startable(Long projectId, SignedInPerson me) {
		ProjectSummary project = projects.find(projectId).orElseThrow(() -> new RecordNotFoundException("Project", projectId));
		Optional<CohortSummary> cohort = catalogue.findCohort(project.cohortId());
		KeepingGoing rule = new KeepingGoing(project, cohort, cohort.flatMap(c -> catalogue.find(c.programmeId())));
		if (!rule.mayBeStartedBy(me)) {
			throw new RecordNotFoundException("Project", projectId);
		}
		if (communities.existsByProjectId(projectId)) {
			throw new DomainRuleException(null, "This group already continues as a community");
		}
		if (!rule.mayContinue()) {
			throw new DomainRuleException(null, "This group is still running: it can continue as a community once it "
					+ "reports or closes, once its programme ends, or if the programme manager sets it up to continue");
		}
		return rule;
	}

	@Transactional
	Long start(Long projectId, SignedInPerson me, CommunityForms.Start form) {
		KeepingGoing rule = startable(projectId, me);
		return communities.save(new Community(projectId, form.name(), form.description(), rule.facilitatorId(),
				rule.founders(), me.id(), clock.instant())).id();
	}

	Community found(Long id) {
		return communities.findById(id).orElseThrow(() -> new RecordNotFoundException("Community", id));
	}

	/** The community, if this person may see inside it; otherwise, for them, what is inside does not exist. */
	Community inside(Long id, SignedInPerson me, String what) {
		Community community = found(id);
		if (!community.letsIn(me)) {
			throw new RecordNotFoundException(what, id);
		}
		return community;
	}

	/** The community, if this person moderates it: members who do not are refused. */
	Community moderated(Long id, SignedInPerson me) {
		Community community = inside(id, me, "Community");
		if (!community.isModerator(me)) {
			throw new AccessDeniedException("Only the facilitator and programme managers moderate a community");
		}
		return community;
	}

	static Standing standing(Community community, SignedInPerson me) {
		return new Standing(community.isMember(me.id()), community.isModerator(me));
	}

	Overview overview(Long id, SignedInPerson me) {
		Community community = found(id);
		Standing standing = standing(community, me);
		String facilitator = community.facilitatorId() == null ? null
				: people.find(community.facilitatorId()).map(PersonSummary::name).orElse(null);
		CommunityViews.MyRequest mine = standing.member() ? null
				: requests.findFirstByCommunityIdAndPersonIdOrderByRequestedAtDescIdDesc(id, me.id())
					.map(r -> new CommunityViews.MyRequest(r.status(), r.requestedAt(), r.note())).orElse(null);
		return new Overview(id, community.name(), community.description(), community.projectId(),
				projectTitle(community.projectId()), facilitator, community.memberIds().size(), community.startedAt(),
				standing, standing.member() && !me.id().equals(community.facilitatorId()),
				standing.moderator() ? reports.countByCommunityIdAndResolvedAtIsNull(id) : 0,
				standing.moderator() ? requests.findByCommunityIdAndStatusOrderByRequestedAtAscIdAsc(id,
						MembershipRequest.Status.PENDING).size() : 0,
				mine);
	}

	List<CommunityViews.Member> members(Long id, SignedInPerson me) {
		Community community = inside(id, me, "Community");
		Map<Long, String> names = names(community.memberIds());
		return community.members().stream()
			.map(m -> new CommunityViews.Member(m.personId(), names.getOrDefault(m.personId(), ""), m.joinedAt(),
					m.personId().equals(community.facilitatorId())))
			.sorted(Comparator.comparing(CommunityViews.Member::facilitator).reversed()
				.thenComparing(CommunityViews.Member::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	List<CommunityViews.Request> pendingRequests(Long id, SignedInPerson me) {
		moderated(id, me);
		List<MembershipRequest> pending = requests.findByCommunityIdAndStatusOrderByRequestedAtAscIdAsc(id,
				MembershipRequest.Status.PENDING);
		Map<Long, String> names = names(pending.stream().map(MembershipRequest::personId).toList());
		return pending.stream().map(r -> new CommunityViews.Request(r.id(), r.personId(),
				names.getOrDefault(r.personId(), ""), r.message(), r.requestedAt())).toList();
	}

	/** A practitioner or mentor outside the community asks to join. */
	@Transactional
	void request(Long id, SignedInPerson me, CommunityForms.Request form) {
		Community community = found(id);
		if (!me.hasRole(Role.PRACTITIONER) && !me.hasRole(Role.MENTOR)) {
			throw new AccessDeniedException("Practitioners and mentors ask to join communities");
		}
		if (community.isMember(me.id())) {
			throw new DomainRuleException(null, "You are already a member of this community");
		}
		if (requests.existsByCommunityIdAndPersonIdAndStatus(id, me.id(), MembershipRequest.Status.PENDING)) {
			throw new DomainRuleException(null, "You have already asked to join: the facilitator will decide soon");
		}
		MembershipRequest request = requests.save(new MembershipRequest(id, me.id(), form.message(), clock.instant()));
		moderatorsOf(community).stream().filter(moderator -> !moderator.id().equals(me.id()))
			.forEach(moderator -> mail.request(moderator, me.name(), community, request));
	}

	@Transactional
	void approve(Long id, Long requestId, SignedInPerson me) {
		Community community = moderated(id, me);
		MembershipRequest request = request(community, requestId);
		request.approve(me.id(), clock.instant());
		community.admit(request.personId(), clock.instant());
		people.find(request.personId()).ifPresent(person -> mail.decision(person, community, request));
	}

	@Transactional
	void decline(Long id, Long requestId, SignedInPerson me, String note) {
		Community community = moderated(id, me);
		MembershipRequest request = request(community, requestId);
		request.decline(me.id(), note, clock.instant());
		people.find(request.personId()).ifPresent(person -> mail.decision(person, community, request));
	}

	@Transactional
	void leave(Long id, SignedInPerson me) {
		inside(id, me, "Community").leave(me.id());
	}

	Map<Long, String> names(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name, (a, b) -> a));
	}

	/**
	 * Who may decide a request to join: the community's facilitator and every programme manager,
	 * each once, as long as their account is active.
	 */
	/**
	 * Who hears of a request to join: the community's facilitator, who knows its people; the programme managers only
	 * when it has no active facilitator, so that every request in the country does not land in every manager's inbox.
	 */
	private List<PersonSummary> moderatorsOf(Community community) {
		return Optional.ofNullable(community.facilitatorId()).flatMap(people::find)
			.filter(person -> person.status() == PersonStatus.ACTIVE).map(List::of)
			.orElseGet(() -> people.withRole(Role.PROGRAMME_MANAGER));
	}

	private MembershipRequest request(Community community, Long requestId) {
		return requests.findById(requestId).filter(r -> r.communityId().equals(community.id()))
			.orElseThrow(() -> new RecordNotFoundException("Membership request", requestId));
	}

	private String projectTitle(Long projectId) {
		return projects.find(projectId).map(ProjectSummary::title).orElse(null);
	}
}
