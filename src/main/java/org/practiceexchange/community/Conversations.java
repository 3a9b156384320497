package org.practiceexchange.community;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.community.CommunityViews.OutputLink;
import org.practiceexchange.community.CommunityViews.PostView;
import org.practiceexchange.community.CommunityViews.ThreadRow;
import org.practiceexchange.community.CommunityViews.ThreadView;
import org.practiceexchange.resource.OutputSummary;
import org.practiceexchange.resource.Outputs;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and replies inside a community, and their moderation: hiding posts, locking threads and
 * the queue of reports. Everything here is for members and moderators; to anyone else a thread or
 * post does not exist. A record is always looked up inside the community named in the address.
 */
@Service
@Transactional(readOnly = true)
class Conversations {

	private final CommunityService communities;

	private final ThreadRepository threads;

	private final PostRepository posts;

	private final PostReportRepository reports;

	private final Outputs outputs;

	private final People people;

	private final CommunityMail mail;

	private final Clock clock;

	Conversations(CommunityService communities, ThreadRepository threads, PostRepository posts, PostReportRepository reports,
			Outputs outputs, People people, CommunityMail mail, Clock clock) {
		this.communities = communities;
		this.threads = threads;
		this.posts = posts;
		this.reports = reports;
		this.outputs = outputs;
		this.people = people;
		this.mail = mail;
		this.clock = clock;
	}

	/** The community's threads, latest activity first. */
	List<ThreadRow> threads(Long id, SignedInPerson me) {
		communities.inside(id, me, "Community");
		List<CommunityThread> all = threads.findByCommunityIdOrderByLastPostAtDescIdDesc(id);
		Map<Long, Long> counts = posts.postsPerThread(id).stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
		Map<Long, String> names = communities.names(all.stream().map(CommunityThread::authorId).distinct().toList());
		return all.stream().map(t -> new ThreadRow(t.id(), t.title(), names.getOrDefault(t.authorId(), ""),
				t.startedAt(), t.lastPostAt(), Math.max(0, counts.getOrDefault(t.id(), 1L) - 1), t.locked())).toList();
	}

	ThreadView thread(Long id, Long threadId, SignedInPerson me) {
		Community community = communities.inside(id, me, "Thread");
		CommunityThread thread = threadIn(community, threadId);
		boolean moderator = community.isModerator(me);
		boolean member = community.isMember(me.id());
		List<Post> all = posts.findByThreadIdOrderByPostedAtAscIdAsc(threadId);
		Map<Long, String> names = communities.names(all.stream().map(Post::authorId).distinct().toList());
		Set<Long> reportedByMe = all.stream().filter(p -> reports.existsByPostIdAndReporterIdAndResolvedAtIsNull(p.id(), me.id()))
			.map(Post::id).collect(Collectors.toSet());
		List<PostView> views = all.stream().map(p -> new PostView(p.id(), p.authorId(), names.getOrDefault(p.authorId(), ""),
				p.postedAt(), p.hidden() && !moderator ? null : p.body(), p.hidden(), p.equals(all.get(0)),
				member && !p.hidden() && !p.authorId().equals(me.id()) && !reportedByMe.contains(p.id()), p.editedAt(),
				p.authorId().equals(me.id()) && p.notEditable(thread).isEmpty())).toList();
		List<OutputLink> links = thread.outputIds().stream().map(outputs::findPublished).flatMap(Optional::stream)
			.map(o -> new OutputLink(o.id(), o.title(), "/outputs/" + o.id())).toList();
		return new ThreadView(communities.overview(id, me), thread.id(), thread.title(),
				names.getOrDefault(thread.authorId(), ""), thread.startedAt(), thread.locked(), thread.lockedAt(), views,
				links);
	}

	@Transactional
	Long start(Long id, SignedInPerson me, CommunityForms.NewThread form) {
		Community community = communities.inside(id, me, "Community");
		CommunityThread thread = threads.save(new CommunityThread(community.id(), me.id(), form.title(),
				publishedOutputs(form.outputs()), clock.instant()));
		posts.save(thread.open(form.body()));
		return thread.id();
	}

	/** A reply, then a notice to everyone who wrote in the thread before (not the replier). */
	@Transactional
	Long reply(Long id, Long threadId, SignedInPerson me, String body) {
		Community community = communities.inside(id, me, "Thread");
		CommunityThread thread = threadIn(community, threadId);
		List<Post> earlier = posts.findByThreadIdOrderByPostedAtAscIdAsc(threadId);
		Post reply = posts.save(thread.reply(me.id(), body, clock.instant()));
		Set<Long> participants = new LinkedHashSet<>();
		participants.add(thread.authorId());
		earlier.forEach(post -> participants.add(post.authorId()));
		participants.remove(me.id());
		if (!participants.isEmpty()) {
			people.findAll(participants).stream().filter(person -> stillInside(community, person))
				.forEach(person -> mail.reply(person, me.name(), community, thread, reply));
		}
		return reply.id();
	}

	/**
	 * A post its author is about to edit. Outside the community it is not found; to anyone but its
	 * author (moderators too: they hide posts, they do not rewrite them) it is refused.
	 */
	CommunityViews.Editing editing(Long id, Long postId, SignedInPerson me) {
		Community community = communities.inside(id, me, "Post");
		Post post = authoredBy(me, postIn(community, postId));
		CommunityThread thread = threadIn(community, post.threadId());
		boolean opening = opens(thread, post);
		String links = opening ? String.join(" ", thread.outputIds().stream().map(String::valueOf).toList()) : null;
		return new CommunityViews.Editing(post.id(), thread.id(), thread.title(), opening,
				post.notEditable(thread).orElse(null), new CommunityForms.EditPost(post.body(), links));
	}

	/**
	 * The author's change to their post, under the same rules as a new one: its text, and for the
	 * opening post the published outputs the thread links to. Nothing changes in a hidden post or a
	 * locked thread.
	 */
	@Transactional
	CommunityViews.Edited edit(Long id, Long postId, SignedInPerson me, CommunityForms.EditPost form) {
		Community community = communities.inside(id, me, "Post");
		Post post = authoredBy(me, postIn(community, postId));
		CommunityThread thread = threadIn(community, post.threadId());
		boolean opening = opens(thread, post);
		post.edit(thread, form.body(), clock.instant());
		if (form.outputs() != null) {
			if (!opening) {
				throw new DomainRuleException(null, "Outputs are linked from a thread's opening post, not from replies");
			}
			if (thread.relink(publishedOutputs(form.outputs()))) {
				post.edited(thread, clock.instant());
			}
		}
		return new CommunityViews.Edited(thread.id(), new PostView(post.id(), post.authorId(), me.name(), post.postedAt(),
				post.body(), post.hidden(), opening, false, post.editedAt(), true));
	}

	@Transactional
	void lock(Long id, Long threadId, SignedInPerson me, boolean lock) {
		Community community = communities.moderated(id, me);
		CommunityThread thread = threadIn(community, threadId);
		if (lock) {
			thread.lock(me.id(), clock.instant());
		}
		else {
			thread.unlock();
		}
	}

	/** Hides or shows a post again; the thread it is in, so the page can go back to it. */
	@Transactional
	Long hide(Long id, Long postId, SignedInPerson me, boolean hide) {
		Community community = communities.moderated(id, me);
		Post post = postIn(community, postId);
		if (hide) {
			post.hide(me.id(), clock.instant());
		}
		else {
			post.unhide();
		}
		return post.threadId();
	}

	/** The post a member is about to report, with its thread's title. */
	Map.Entry<PostView, String> reportable(Long id, Long postId, SignedInPerson me) {
		Community community = communities.inside(id, me, "Post");
		Post post = postIn(community, postId);
		checkMayReport(community, post, me);
		String author = communities.names(List.of(post.authorId())).getOrDefault(post.authorId(), "");
		boolean moderator = community.isModerator(me);
		return Map.entry(new PostView(post.id(), post.authorId(), author, post.postedAt(),
				post.hidden() && !moderator ? null : post.body(), post.hidden(), false, true, post.editedAt(), false),
				threadIn(community, post.threadId()).title());
	}

	/** The thread a post is in, for someone inside the community. */
	Long threadOf(Long id, Long postId, SignedInPerson me) {
		return postIn(communities.inside(id, me, "Post"), postId).threadId();
	}

	@Transactional
	Long report(Long id, Long postId, SignedInPerson me, String reason) {
		Community community = communities.inside(id, me, "Post");
		Post post = postIn(community, postId);
		checkMayReport(community, post, me);
		reports.save(new PostReport(post, me.id(), reason, clock.instant()));
		return post.threadId();
	}

	List<CommunityViews.Report> openReports(Long id, SignedInPerson me) {
		communities.moderated(id, me);
		return reportViews(reports.findByCommunityIdAndResolvedAtIsNullOrderByReportedAtAscIdAsc(id));
	}

	List<CommunityViews.Report> resolvedReports(Long id, SignedInPerson me) {
		communities.moderated(id, me);
		return reportViews(reports.findTop20ByCommunityIdAndResolvedAtIsNotNullOrderByResolvedAtDescIdDesc(id));
	}

	/** Resolves a report, hiding the post or leaving it; other open reports of the same post go with it. */
	@Transactional
	void resolve(Long id, Long reportId, SignedInPerson me, PostReport.Outcome outcome) {
		Community community = communities.moderated(id, me);
		PostReport report = reports.findById(reportId).filter(r -> r.communityId().equals(community.id()))
			.orElseThrow(() -> new RecordNotFoundException("Report", reportId));
		if (!report.open()) {
			throw new DomainRuleException(null, "This report has already been resolved");
		}
		Post post = postIn(community, report.postId());
		if (outcome == PostReport.Outcome.HIDDEN) {
			post.hide(me.id(), clock.instant());
		}
		reports.findByPostIdAndResolvedAtIsNull(post.id()).forEach(r -> r.resolve(me.id(), outcome, clock.instant()));
	}

	private List<CommunityViews.Report> reportViews(List<PostReport> found) {
		Map<Long, Post> byId = posts.findAllById(found.stream().map(PostReport::postId).distinct().toList()).stream()
			.collect(Collectors.toMap(Post::id, p -> p));
		Map<Long, CommunityThread> threadsById = threads.findAllById(byId.values().stream().map(Post::threadId).distinct()
			.toList()).stream().collect(Collectors.toMap(CommunityThread::id, t -> t));
		Map<Long, String> names = communities.names(Stream.concat(found.stream().map(PostReport::reporterId),
				byId.values().stream().map(Post::authorId)).distinct().toList());
		return found.stream().map(r -> {
			Post post = byId.get(r.postId());
			CommunityThread thread = threadsById.get(post.threadId());
			return new CommunityViews.Report(r.id(), post.id(), thread.id(), thread.title(),
					names.getOrDefault(post.authorId(), ""), post.body(), post.hidden(),
					names.getOrDefault(r.reporterId(), ""), r.reason(), r.reportedAt(), r.outcome(), r.resolvedAt());
		}).toList();
	}

	/** Output numbers or page addresses as typed, each of them published in the outputs repository. */
	private List<Long> publishedOutputs(String typed) {
		List<Long> linked = OutputLinks.parse(typed);
		for (Long outputId : linked) {
			if (outputs.findPublished(outputId).isEmpty()) {
				throw new DomainRuleException("outputs", "Output " + outputId
						+ " is not published in the outputs repository: link only published outputs");
			}
		}
		return linked;
	}

	private static Post authoredBy(SignedInPerson me, Post post) {
		if (!post.authorId().equals(me.id())) {
			throw new AccessDeniedException("Only its author edits a post; moderators hide posts instead");
		}
		return post;
	}

	private boolean opens(CommunityThread thread, Post post) {
		return posts.findFirstByThreadIdOrderByPostedAtAscIdAsc(thread.id()).map(first -> first.id().equals(post.id()))
			.orElse(false);
	}

	private void checkMayReport(Community community, Post post, SignedInPerson me) {
		if (!community.isMember(me.id())) {
			throw new AccessDeniedException("Members report posts; moderators hide them directly");
		}
		if (post.authorId().equals(me.id())) {
			throw new DomainRuleException(null, "You cannot report your own post");
		}
		if (reports.existsByPostIdAndReporterIdAndResolvedAtIsNull(post.id(), me.id())) {
			throw new DomainRuleException(null, "You have already reported this post: a moderator will look at it");
		}
	}

	/** Whether someone who took part may still read the community: an active member, its facilitator or a manager. */
	private static boolean stillInside(Community community, PersonSummary person) {
		return person.status() == org.practiceexchange.account.PersonStatus.ACTIVE && (community.isMember(person.id())
				|| person.id().equals(community.facilitatorId()) || person.hasRole(Role.PROGRAMME_MANAGER));
	}

	private CommunityThread threadIn(Community community, Long threadId) {
		return threads.findById(threadId).filter(t -> t.communityId().equals(community.id()))
			.orElseThrow(() -> new RecordNotFoundException("Thread", threadId));
	}

	private Post postIn(Community community, Long postId) {
		return posts.findById(postId).filter(p -> p.communityId().equals(community.id()))
			.orElseThrow(() -> new RecordNotFoundException("Post", postId));
	}
}
