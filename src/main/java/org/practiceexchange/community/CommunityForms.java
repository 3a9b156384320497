package org.practiceexchange.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What people type into the community's forms; the domain checks the same limits again. */
final class CommunityForms {

	private CommunityForms() {
	}

	record Start(
			@NotBlank(message = "{community.name.required}") @Size(max = Community.NAME_MAX, message = "{community.name.size}") String name,
			@Size(max = Community.DESCRIPTION_MAX, message = "{community.description.size}") String description) {
	}

	record NewThread(
			@NotBlank(message = "{community.thread.title.required}") @Size(max = CommunityThread.TITLE_MAX, message = "{community.thread.title.size}") String title,
			@NotBlank(message = "{community.post.body.required}") @Size(max = Post.BODY_MAX, message = "{community.post.body.size}") String body,
			@Size(max = 2000, message = "{community.thread.outputs.size}") String outputs) {

		static NewThread empty() {
			return new NewThread("", "", "");
		}
	}

	record Reply(
			@NotBlank(message = "{community.reply.body.required}") @Size(max = Post.BODY_MAX, message = "{community.post.body.size}") String body) {

		static Reply empty() {
			return new Reply("");
		}
	}

	/**
	 * An author's change to their post. {@code outputs}, typed as for a new thread, is for the opening
	 * post only; null leaves the thread's links as they are.
	 */
	record EditPost(
			@NotBlank(message = "{community.post.body.required}") @Size(max = Post.BODY_MAX, message = "{community.post.body.size}") String body,
			@Size(max = 2000, message = "{community.thread.outputs.size}") String outputs) {
	}

	record Report(
			@NotBlank(message = "{community.report.reason.required}") @Size(max = PostReport.REASON_MAX, message = "{community.report.reason.size}") String reason) {

		static Report empty() {
			return new Report("");
		}
	}

	record Request(
			@Size(max = MembershipRequest.MESSAGE_MAX, message = "{community.request.message.size}") String message) {

		static Request empty() {
			return new Request("");
		}
	}

	record Decline(
			@Size(max = MembershipRequest.MESSAGE_MAX, message = "{community.decline.note.size}") String note) {
	}
}
