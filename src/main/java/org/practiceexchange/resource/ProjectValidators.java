package org.practiceexchange.resource;

/**
 * Answers whether a person is the external validator named on a project. The project module
 * provides it; until then no one is a project's validator, and outputs without a validator are
 * approved by programme managers.
 */
public interface ProjectValidators {

	boolean isValidatorOf(Long projectId, Long personId);
}
