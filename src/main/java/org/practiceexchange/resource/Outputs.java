package org.practiceexchange.resource;

import java.util.List;
import java.util.Optional;

/** The resource module's public API. */
public interface Outputs {

	/** A published output; empty for unknown or unpublished ones. */
	Optional<OutputSummary> findPublished(Long id);

	/** A project's published outputs, newest first (empty for a project with none). */
	List<OutputSummary> publishedForProject(Long projectId);

	/** Publishes a signed-off report as an output of type REPORT, with its PDF, in one step. */
	OutputSummary publishSignedOffReport(SignedOffReport report);

	/** The published outputs of these projects, with the reach the cascade log records for them. */
	ProjectOutputs publishedForProjects(java.util.Collection<Long> projectIds);
}
