/**
 * The annual research conference: editions with rooms and strands, the call for speakers with
 * applications pre-filled from completed work ({@link org.practiceexchange.conference.PresentableWork}),
 * scoring and selection, the timetable with its checks, the public programme with iCalendar
 * feeds, and attendee registration with a waiting list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "organisation", "programme",
		"project", "inquiry", "report", "resource", "notification" })
package org.practiceexchange.conference;
