/**
 * Communities of practice: a group or project that keeps going after its programme ends. Its
 * founding members come from the project (read through {@link org.practiceexchange.project.Projects});
 * members start threads and reply, link published outputs (checked through
 * {@link org.practiceexchange.resource.Outputs}), and other practitioners ask to join. The
 * community's facilitator and programme managers moderate: they hide posts, lock threads and
 * resolve reports. Replies, requests to join (to the facilitator, or the managers when there is none) and membership decisions go out
 * through {@link org.practiceexchange.notification.Mail}, so each person's choice applies. No other module
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "programme", "project",
		"resource", "notification" })
package org.practiceexchange.community;
