package org.practiceexchange.project;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects")
class ProjectApiController {

	record ProjectView(Long id, String title, ProjectKind kind, ProjectStatus status, Long cohortId, boolean community,
			Long facilitatorId, Long mentorId, List<ProjectSummary.Member> members, ProjectRole role) {

		static ProjectView of(ProjectService.Visible visible) {
			ProjectSummary p = visible.project();
			return new ProjectView(p.id(), p.title(), p.kind(), p.status(), p.cohortId(), p.community(), p.facilitatorId(),
					p.mentorId(), p.members(), visible.role());
		}
	}

	record SessionJson(Long id, SessionKind kind, String title, java.time.Instant startsAt, java.time.Instant endsAt,
			String place, String onlineLink) {
	}

	private final ProjectService projects;

	private final SessionService sessions;

	private final CalendarFeeds feeds;

	ProjectApiController(ProjectService projects, SessionService sessions, CalendarFeeds feeds) {
		this.projects = projects;
		this.sessions = sessions;
		this.feeds = feeds;
	}

	@GetMapping
	@Operation(summary = "Projects the caller takes part in (or, for a provider lead, their staff do)")
	List<ProjectView> mine(@AuthenticationPrincipal SignedInPerson me) {
		return projects.listFor(me).stream().map(ProjectView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A project the caller may see, with the caller's role in it")
	ProjectView project(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return ProjectView.of(projects.visible(id, me));
	}

	@GetMapping("/{id}/sessions")
	@Operation(summary = "A project's sessions, times as instants")
	List<SessionJson> sessions(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		projects.visible(id, me);
		return sessions.sessionsOf(id).stream()
			.map(s -> new SessionJson(s.id(), s.kind(), s.title(), s.startsAt(), s.endsAt(), s.place(), s.onlineLink()))
			.toList();
	}

	@GetMapping("/{id}/calendar.ics")
	@Operation(summary = "A project's sessions as an RFC 5545 calendar, times in Europe/London")
	@ApiResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> calendar(@PathVariable Long id, @AuthenticationPrincipal SignedInPerson me) {
		return ResponseEntity.ok().contentType(CalendarController.CALENDAR).body(feeds.projectFeed(id, me));
	}
}
