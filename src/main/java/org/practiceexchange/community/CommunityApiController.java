package org.practiceexchange.community;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Communities for practitioners, mentors and programme managers. Anyone of those may list them;
 * threads and posts are for members and moderators (404 for anyone else). Errors are problem
 * details: 400 for invalid input, 409 for a reply to a locked thread or an edit of a hidden post or
 * a post in a locked thread, 403 for an edit of someone else's post.
 */
@RestController
@RequestMapping("/api/communities")
@Tag(name = "Communities")
class CommunityApiController {

	record CommunityJson(Long id, String name, String description, String projectTitle, int members, boolean member,
			boolean moderator, boolean requested, String url) {
	}

	record ThreadJson(Long id, String title, String author, Instant startedAt, Instant lastPostAt, long replies,
			boolean locked, String url) {
	}

	record OutputJson(Long id, String title, String url) {
	}

	/**
	 * A post; {@code body} is null when the post is hidden and the caller is not a moderator;
	 * {@code editedAt} is when its author last changed it, or null.
	 */
	record PostJson(Long id, String author, Instant postedAt, boolean hidden, String body, Instant editedAt) {

		static PostJson of(CommunityViews.PostView post) {
			return new PostJson(post.id(), post.author(), post.postedAt(), post.hidden(), post.body(), post.editedAt());
		}
	}

	record ThreadDetailJson(Long id, String title, String author, Instant startedAt, boolean locked,
			List<OutputJson> outputs, List<PostJson> posts) {
	}

	record ReplyJson(Long id) {
	}

	private final CommunityService communities;

	private final Conversations conversations;

	private final String baseUrl;

	CommunityApiController(CommunityService communities, Conversations conversations,
			@Value("${exchange.base-url}") String baseUrl) {
		this.communities = communities;
		this.conversations = conversations;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Operation(summary = "Every community of practice by name, with how the caller stands towards each")
	List<CommunityJson> list(@AuthenticationPrincipal SignedInPerson me) {
		return communities.cards(me).stream().map(c -> new CommunityJson(c.id(), c.name(), c.description(),
				c.projectTitle(), c.members(), c.standing().member(), c.standing().moderator(), c.requested(),
				baseUrl + "/communities/" + c.id())).toList();
	}

	@GetMapping("/{id}/threads")
	@Operation(summary = "A community's threads, latest activity first (members and moderators; 404 for others)")
	List<ThreadJson> threads(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return conversations.threads(id, me).stream().map(t -> new ThreadJson(t.id(), t.title(), t.author(),
				t.startedAt(), t.lastPostAt(), t.replies(), t.locked(),
				baseUrl + "/communities/" + id + "/threads/" + t.id())).toList();
	}

	@GetMapping("/{id}/threads/{threadId}")
	@Operation(summary = "One thread with its posts and linked outputs (members and moderators; 404 for others)")
	ThreadDetailJson thread(@PathVariable Long id, @PathVariable Long threadId, @AuthenticationPrincipal SignedInPerson me) {
		CommunityViews.ThreadView thread = conversations.thread(id, threadId, me);
		return new ThreadDetailJson(thread.id(), thread.title(), thread.author(), thread.startedAt(), thread.locked(),
				thread.outputs().stream().map(o -> new OutputJson(o.id(), o.title(), baseUrl + o.path())).toList(),
				thread.posts().stream().map(PostJson::of).toList());
	}

	@PostMapping("/{id}/threads/{threadId}/replies")
	@Operation(summary = "Reply to a thread: 201 with the reply's id; 409 when the thread is locked")
	@ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "Where the new record is", schema = @Schema(type = "string", format = "uri")))
	ResponseEntity<ReplyJson> reply(@PathVariable Long id, @PathVariable Long threadId,
			@Valid @RequestBody CommunityForms.Reply reply, @AuthenticationPrincipal SignedInPerson me) {
		Long replyId = conversations.reply(id, threadId, me, reply.body());
		return ResponseEntity.created(URI.create(baseUrl + "/communities/" + id + "/threads/" + threadId + "#post-" + replyId))
			.body(new ReplyJson(replyId));
	}

	@PutMapping("/{id}/posts/{postId}")
	@Operation(summary = "Edit your own post (its body; for a thread's opening post also its linked outputs): 200 with "
			+ "the post; 403 for anyone but its author, 409 when it is hidden or its thread locked")
	PostJson edit(@PathVariable Long id, @PathVariable Long postId, @Valid @RequestBody CommunityForms.EditPost edit,
			@AuthenticationPrincipal SignedInPerson me) {
		return PostJson.of(conversations.edit(id, postId, me, edit).post());
	}
}
