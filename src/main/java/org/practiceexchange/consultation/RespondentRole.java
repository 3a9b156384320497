package org.practiceexchange.consultation;

/** What a respondent says they do (optional). */
enum RespondentRole {
	TEACHER_OR_TRAINER, MANAGER_OR_LEADER, TEACHER_EDUCATOR, RESEARCHER, SUPPORT_STAFF, POLICY_OR_FUNDER, LEARNER, OTHER
}
