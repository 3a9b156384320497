package org.practiceexchange.inquiry;

import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectRole;
import org.practiceexchange.project.ProjectStatus;
import org.practiceexchange.project.ProjectSummary;
import org.practiceexchange.project.ProjectWork;
import org.springframework.stereotype.Component;

/** Lists a project's inquiries on its page, as far as the viewer may see them. */
@Component
class ProjectInquiries implements ProjectWork {

	private final InquiryService inquiries;

	ProjectInquiries(InquiryService inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public String headingKey() {
		return "inquiries.inProject";
	}

	@Override
	public List<Item> workIn(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return inquiries.inProject(project, viewer, role).stream()
			.map(line -> new Item(line.title() != null ? line.title() : "Inquiry", line.practitionerName(),
					line.withdrawn() ? "inquiry.withdrawn" : "stage." + line.stage(), "/inquiries/" + line.id()))
			.toList();
	}

	@Override
	public String startPath(ProjectSummary project, SignedInPerson viewer, ProjectRole role) {
		return role == ProjectRole.MEMBER && project.status() != ProjectStatus.CLOSED
				? "/projects/" + project.id() + "/inquiries/new" : null;
	}

	@Override
	public String startKey() {
		return "inquiry.start";
	}
}
