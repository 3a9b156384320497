package org.practiceexchange.project;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceexchange.resource.ProjectTitles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the outputs repository which projects a person is in or follows, and their titles. */
@Component
@Transactional(readOnly = true)
class ProjectTitlesForOutputs implements ProjectTitles {

	private final ProjectRepository projects;

	ProjectTitlesForOutputs(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public Map<Long, String> involving(Long personId) {
		Map<Long, String> titles = new LinkedHashMap<>();
		projects.involving(personId).forEach(project -> titles.put(project.id(), project.title()));
		return titles;
	}

	@Override
	public Map<Long, String> withMembersFrom(Collection<Long> organisationIds) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (!organisationIds.isEmpty()) {
			projects.withMembersFrom(organisationIds).forEach(project -> titles.put(project.id(), project.title()));
		}
		return titles;
	}

	@Override
	public Map<Long, String> titles(Collection<Long> projectIds) {
		Map<Long, String> titles = new LinkedHashMap<>();
		if (!projectIds.isEmpty()) {
			projects.findAllById(projectIds).forEach(project -> titles.put(project.id(), project.title()));
		}
		return titles;
	}
}
