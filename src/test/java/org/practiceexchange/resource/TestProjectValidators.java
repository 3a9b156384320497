package org.practiceexchange.resource;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Stands in for the project module: tests name a project's validator here. */
@Component
class TestProjectValidators implements ProjectValidators {

	private final Map<Long, Set<Long>> validators = new ConcurrentHashMap<>();

	@Override
	public boolean isValidatorOf(Long projectId, Long personId) {
		return validators.getOrDefault(projectId, Set.of()).contains(personId);
	}

	void name(Long projectId, Long personId) {
		validators.put(projectId, Set.of(personId));
	}
}
