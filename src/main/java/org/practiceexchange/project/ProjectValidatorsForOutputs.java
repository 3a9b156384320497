package org.practiceexchange.project;

import org.practiceexchange.resource.ProjectValidators;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the outputs repository who the external validator named on a project is. */
@Component
@Transactional(readOnly = true)
class ProjectValidatorsForOutputs implements ProjectValidators {

	private final ProjectRepository projects;

	ProjectValidatorsForOutputs(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public boolean isValidatorOf(Long projectId, Long personId) {
		return projectId != null && personId != null
				&& projects.findById(projectId).map(project -> project.summary().isValidator(personId)).orElse(false);
	}
}
