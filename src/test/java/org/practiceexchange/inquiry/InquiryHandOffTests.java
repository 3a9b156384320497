package org.practiceexchange.inquiry;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.Mailbox;
import org.practiceexchange.ReceivedMail;
import org.practiceexchange.notification.NotificationKind;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inquiry's hand-offs by e-mail: comments to the practitioner, plans and stage moves to the mentor. */
@IntegrationTest
class InquiryHandOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures fixtures;

	@Autowired
	Mailbox mailbox;

	@Test
	void aMentorsCommentGoesToThePractitionerAndTheirReplyDoesNotComeBack() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.PLAN);

		mvc.perform(post("/inquiries/{id}/comments", id).with(user(group.mentor())).with(csrf())
			.param("body", "Could the recipe task link to the week's practical?"))
			.andExpect(redirectedUrl("/inquiries/" + id));

		ReceivedMail mail = mailbox.awaitMessage(group.member().email(), "Comment on your inquiry: Fractions through recipes");
		assertThat(mail.body()).contains(group.mentor().name()).contains("Could the recipe task link to the week's practical?")
			.contains("/inquiries/" + id);

		mvc.perform(post("/inquiries/{id}/comments", id).with(user(group.member())).with(csrf()).param("body", "Yes, I will try that"))
			.andExpect(redirectedUrl("/inquiries/" + id));
		assertThat(mailbox.messagesTo(group.mentor().email())).noneMatch(m -> m.subject().startsWith("Comment on"));
	}

	@Test
	void aNewVersionOfThePlanGoesToTheMentor() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.INTERVENE);
		mailbox.awaitMessage(group.mentor().email(), "Action plan written: Fractions through recipes");

		mvc.perform(post("/api/inquiries/{id}/plan", id).with(user(group.member())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"actions\":[{\"what\":\"Recipe task linked to the practical\",\"who\":\"Tutor\",\"dueOn\":\"2027-03-01\",\"successCriterion\":\"Used weekly\"}]}"))
			.andExpect(status().isCreated());

		ReceivedMail mail = mailbox.awaitMessage(group.mentor().email(), "Action plan revised: Fractions through recipes");
		assertThat(mail.body()).contains(group.member().name()).contains("version 2").contains("/inquiries/" + id);
		assertThat(mailbox.messagesTo(group.facilitator().email())).noneMatch(m -> m.subject().contains("Action plan"));
	}

	@Test
	void movingToTheReauditAndTheEvaluationTellsTheMentor() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long id = fixtures.anInquiry(group, Stage.INTERVENE);
		assertThat(mailbox.messagesTo(group.mentor().email())).noneMatch(m -> m.subject().startsWith("Inquiry at"));

		mvc.perform(post("/inquiries/{id}/advance", id).with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrl("/inquiries/" + id));
		ReceivedMail reaudit = mailbox.awaitMessage(group.mentor().email(), "Inquiry at the re-audit: Fractions through recipes");
		assertThat(reaudit.body()).contains(group.member().name()).contains("/inquiries/" + id);

		Long measure = fixtures.firstMeasureOf(group, id);
		mvc.perform(post("/inquiries/{id}/measures/{m}", id, measure).with(user(group.member())).with(csrf()).param("reaudit", "7"))
			.andExpect(redirectedUrl("/inquiries/" + id));
		mvc.perform(post("/inquiries/{id}/advance", id).with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrl("/inquiries/" + id));
		mailbox.awaitMessage(group.mentor().email(), "Inquiry at the evaluation: Fractions through recipes");
	}

	@Test
	void theNewKindsAreOnThePreferencesPage() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		assertThat(List.of(NotificationKind.values())).contains(NotificationKind.MENTOR_COMMENT, NotificationKind.PLAN_REVISED,
				NotificationKind.INQUIRY_STAGE);
		mvc.perform(get("/account/notifications").with(user(group.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Comments from your mentor on your inquiry")))
			.andExpect(content().string(containsString("New and revised action plans of inquiries you support")))
			.andExpect(content().string(containsString("Inquiries you support reaching the re-audit or the evaluation")));
	}
}
