package org.practiceexchange.synthesis;

import java.util.List;

import org.practiceexchange.inquiry.InquiryRecord;
import org.practiceexchange.project.ProjectSummary;

/** The projects and inquiries a synthesis reads, with the name of what it covers. */
record Records(Scope scope, Long scopeId, String name, List<ProjectSummary> projects, List<InquiryRecord> inquiries) {
}
