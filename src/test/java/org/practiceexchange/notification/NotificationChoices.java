package org.practiceexchange.notification;

import org.practiceexchange.account.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * For other modules' tests of their notifications: a person's choice made on the preferences page,
 * and the daily digest run now.
 */
@Component
public class NotificationChoices {

	private final DailyDigest digest;

	NotificationChoices(DailyDigest digest) {
		this.digest = digest;
	}

	/** On the preferences page: the kind as given, every other kind straight away. */
	public static void choose(MockMvc mvc, SignedInPerson person, NotificationKind chosen, Delivery delivery) throws Exception {
		MockHttpServletRequestBuilder choices = post("/account/notifications");
		for (NotificationKind kind : NotificationKind.values()) {
			choices = choices.param(kind.name(), kind == chosen ? delivery.name() : Delivery.IMMEDIATELY.name());
		}
		mvc.perform(choices.with(user(person)).with(csrf())).andExpect(redirectedUrl("/account/notifications"));
	}

	/** Sends everyone's digest of held notifications now; returns how many people got one. */
	public int sendDigestNow() {
		return digest.send();
	}
}
