/**
 * Action learning set meetings: the member whose turn it is presents a problem or a success, the
 * others' questions and perspectives are noted, the member commits to actions, and open actions
 * are reviewed at the next meeting. Minutes are for the set's members and facilitator only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "project" })
package org.practiceexchange.learningset;
