package org.practiceexchange.project;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.practiceexchange.browser.RecordPages;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.springframework.stereotype.Component;

/** A project with an inquiry at each end of the cycle: its pages as the member, the mentor, the lead and the manager see them. */
@Component
class ProjectAndInquiryPages implements RecordPages {

	private final ProjectFixtures projects;

	private final InquiryFixtures inquiries;

	ProjectAndInquiryPages(ProjectFixtures projects, InquiryFixtures inquiries) {
		this.projects = projects;
		this.inquiries = inquiries;
	}

	@Override
	public List<Visit> visits() {
		ProjectFixtures.Group group = projects.aGroup();
		Long project = group.project().id();
		Long session = projects.aSession(project, LocalDate.of(2027, 2, 3), LocalTime.of(10, 0), LocalTime.of(12, 0)).id();
		Long complete = inquiries.anInquiry(group, Stage.COMPLETE);
		String inquiry = "/inquiries/" + complete;
		String projectPage = "/projects/" + project;
		ProjectFixtures.Group set = projects.aGroup(ProjectKind.ACTION_LEARNING_SET);
		String setPage = "/projects/" + set.project().id();
		return List.of(
				new Visit(group.member().email(), List.of(projectPage, inquiry, inquiry + "/plan", inquiry + "/plan/versions/1", inquiry + "/evaluation",
						"/my/projects", "/my/calendar")),
				new Visit(set.member().email(), List.of(setPage + "/meetings", setPage + "/meetings/new")),
				new Visit(group.mentor().email(), List.of(projectPage, inquiry, "/inquiries")),
				new Visit(group.facilitator().email(), List.of(projectPage + "/sessions/" + session + "/attendance")),
				new Visit(group.lead().email(), List.of(projectPage, inquiry)),
				new Visit(group.manager().email(), List.of("/manage/projects", "/manage/projects/" + project,
						"/manage/projects/" + project + "/sessions/new",
						"/manage/projects/" + project + "/sessions/" + session, "/manage/projects/new", inquiry)));
	}
}
