package org.practiceexchange.consultation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RespondingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	ResponseService responses;

	@Autowired
	ResponseRepository repository;

	@Autowired
	GreenMail greenMail;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	Response stored(String token) {
		return tx.execute(status -> {
			Response response = repository.findByToken(token).orElseThrow();
			response.answers().size();
			return response;
		});
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String uniqueAddress() {
		return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	String start(Long consultationId, RequestPostProcessor... extra) throws Exception {
		MockHttpServletRequestBuilder request = post("/consultations/{id}/responses", consultationId).with(csrf()).with(from(uniqueAddress()));
		for (RequestPostProcessor processor : extra) {
			request = request.with(processor);
		}
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/consultations/respond/");
		return location.substring("/consultations/respond/".length());
	}

	MockHttpServletRequestBuilder answer(String token, ConsultationView view, String action) {
		MockHttpServletRequestBuilder request = post("/consultations/respond/{t}", token).with(csrf()).param("action", action);
		for (ConsultationView.QuestionView q : view.questions()) {
			if (q.kind() == QuestionKind.SCALE) {
				request = request.param("q-" + q.id(), "4");
			}
			else if (q.kind() == QuestionKind.FREE_TEXT) {
				request = request.param("q-" + q.id(), "More time for teacher educators to work together");
			}
		}
		ConsultationView.RecommendationView first = view.recommendations().get(0);
		return request.param("rec-" + first.id(), "1").param("marks-" + first.id(), "3");
	}

	@Test
	void visitorSavesADraftComesBackByThePrivateLinkAndSubmitsOnce() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		String token = start(id);
		String email = AccountFixtures.unique("respondent") + "@example.org";
		Long scale = view.questions().get(0).id();
		mvc.perform(post("/consultations/respond/{t}", token).with(csrf()).param("action", "save").param("q-" + scale, "2")
				.param("email", email).param("role", "TEACHER_OR_TRAINER"))
			.andExpect(redirectedUrl("/consultations/respond/" + token))
			.andExpect(flash().attributeExists("flash"));
		Message link = TestMailServer.awaitMessage(greenMail, email, "Your draft response");
		assertThat(link.getContent().toString()).contains("/consultations/respond/" + token);
		mvc.perform(get("/consultations/respond/{t}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"q-" + scale + "-2\" name=\"q-" + scale + "\" value=\"2\" checked")));

		mvc.perform(answer(token, view, "submit").param("email", email).param("role", "TEACHER_OR_TRAINER")
				.param("organisationType", "FE_COLLEGE").param("region", "LONDON"))
			.andExpect(redirectedUrl("/consultations/respond/" + token + "/done"));
		mvc.perform(get("/consultations/respond/{t}/done", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Response received")));
		TestMailServer.awaitMessage(greenMail, email, "Your response to");

		mvc.perform(answer(token, view, "submit").param("q-" + scale, "1"))
			.andExpect(status().isConflict());
		mvc.perform(get("/consultations/respond/{t}", token))
			.andExpect(content().string(containsString("You have submitted this response")))
			.andExpect(content().string(containsString("Agree")));
		Response stored = stored(token);
		assertThat(stored.submitted()).isTrue();
		assertThat(stored.answers()).filteredOn(a -> a.questionId().equals(scale)).singleElement()
			.satisfies(a -> assertThat(a.choice()).isEqualTo(4));
	}

	@Test
	void requiredQuestionsMustBeAnsweredBeforeSubmitting() throws Exception {
		Long id = fixtures.anOpenConsultation();
		String token = start(id);
		mvc.perform(post("/consultations/respond/{t}", token).with(csrf()).param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how far you agree")));
		assertThat(repository.findByToken(token).orElseThrow().submitted()).isFalse();
	}

	@Test
	void everyUnansweredRequiredQuestionIsReportedAtOnceEachLinkedToItsQuestion() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		String token = start(id);
		Document page = Jsoup.parse(mvc.perform(post("/consultations/respond/{t}", token).with(csrf()).param("action", "submit")
				.param("email", "not an address"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<ConsultationView.QuestionView> required = view.questions().stream().filter(ConsultationView.QuestionView::required).toList();
		assertThat(required).hasSize(3);
		List<String> expected = new ArrayList<>(required.stream().map(q -> "#q-" + q.id() + "-1").toList());
		expected.add("#email");
		Elements links = page.select(".govuk-error-summary__list a");
		assertThat(links.eachAttr("href")).as("the questions in the form's order, then the e-mail address").containsExactlyElementsOf(expected);
		for (String anchor : expected) {
			assertThat(page.getElementById(anchor.substring(1))).as("the element %s links to", anchor).isNotNull();
		}
		for (ConsultationView.QuestionView question : required) {
			assertThat(page.select("#q-" + question.id() + "-error").text()).isEqualTo("Error: Choose how far you agree: " + question.prompt());
			assertThat(page.select("fieldset:has(#q-" + question.id() + "-1)").attr("aria-describedby")).isEqualTo("q-" + question.id() + "-error");
		}
		assertThat(repository.findByToken(token).orElseThrow().submitted()).isFalse();
	}

	@Test
	void eachQuestionShowsItsOwnHintOnly() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		Document page = Jsoup.parse(mvc.perform(get("/consultations/respond/{t}", start(id))).andReturn().getResponse().getContentAsString());
		for (ConsultationView.QuestionView question : view.questions()) {
			if (question.kind() != QuestionKind.FREE_TEXT) {
				continue;
			}
			Elements hint = page.select("#q-" + question.id() + "-hint");
			if (question.hint() == null) {
				assertThat(hint).as("no hint for %s", question.prompt()).isEmpty();
				assertThat(page.select("#q-" + question.id()).hasAttr("aria-describedby")).isFalse();
			}
			else {
				assertThat(hint.text()).isEqualTo(question.hint());
			}
		}
	}

	@Test
	void aDraftsPrivateLinkAfterTheConsultationClosedSaysSoInsteadOfAForm() throws Exception {
		Long id = fixtures.anOpenConsultation();
		String token = start(id);
		fixtures.close(id);
		Document page = Jsoup.parse(mvc.perform(get("/consultations/respond/{t}", token)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#response-closed").text()).contains("has closed").contains("not submitted");
		assertThat(page.select("form[action$=" + token + "]")).as("no form that would fail on submit").isEmpty();
		Document list = Jsoup.parse(mvc.perform(get("/consultations/{id}", id)).andReturn().getResponse().getContentAsString());
		assertThat(list.select(".govuk-tag").text()).isEqualTo("Closed");
		assertThat(list.text()).as("a closed consultation does not say when it closes").doesNotContain("Closes");
	}

	@Test
	void signedInPersonGetsTheirOwnResponseBackInsteadOfASecondOne() throws Exception {
		Long id = fixtures.anOpenConsultation();
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER);
		String first = start(id, user(practitioner));
		String second = start(id, user(practitioner));
		assertThat(second).isEqualTo(first);
		assertThat(start(id, user(accounts.aPerson(Role.MENTOR)))).isNotEqualTo(first);
	}

	@Test
	void closedAndUnopenedConsultationsRefuseResponsesClearly() throws Exception {
		Long closed = fixtures.aClosedConsultation();
		mvc.perform(post("/consultations/{id}/responses", closed).with(csrf()))
			.andExpect(redirectedUrl("/consultations/" + closed))
			.andExpect(flash().attribute("problem", containsString("has closed")));
		mvc.perform(get("/consultations/{id}", closed))
			.andExpect(content().string(containsString("This consultation has closed")))
			.andExpect(content().string(not(containsString("Respond to this consultation"))));
		Long draft = fixtures.aDraftWithTheSeedMatrix();
		mvc.perform(post("/consultations/{id}/responses", draft).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void draftCannotBeSubmittedAfterTheConsultationCloses() throws Exception {
		Long id = fixtures.anOpenConsultation();
		String token = start(id);
		fixtures.close(id);
		mvc.perform(answer(token, fixtures.view(id), "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has closed")));
		assertThat(repository.findByToken(token).orElseThrow().submitted()).isFalse();
	}

	@Test
	void honeypotFilledInSavesNothing() throws Exception {
		Long id = fixtures.anOpenConsultation();
		String token = start(id);
		mvc.perform(answer(token, fixtures.view(id), "submit").param("website", "http://spam.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Response received")));
		Response stored = stored(token);
		assertThat(stored.submitted()).isFalse();
		assertThat(stored.answers()).isEmpty();
	}

	@Test
	void overlongTextIsRefused() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		String token = start(id);
		Long text = view.questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT).findFirst().orElseThrow().id();
		mvc.perform(post("/consultations/respond/{t}", token).with(csrf()).param("action", "save").param("q-" + text, "x".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep your answer under 4000 characters")));
	}

	@Test
	void oneAddressCanStartOnlySoManyResponsesAnHour() throws Exception {
		Long id = fixtures.anOpenConsultation();
		String address = uniqueAddress() + "9";
		int allowed = 60;
		for (int i = 0; i < allowed; i++) {
			mvc.perform(post("/consultations/{id}/responses", id).with(csrf()).with(from(address)))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/consultations/{id}/responses", id).with(csrf()).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many responses")));
		mvc.perform(post("/consultations/{id}/responses", id).with(csrf()).with(from(uniqueAddress() + "8")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void unknownPrivateLinkIsNotFound() throws Exception {
		mvc.perform(get("/consultations/respond/{t}", "no-such-token")).andExpect(status().isNotFound());
		mvc.perform(post("/consultations/respond/{t}", "no-such-token").with(csrf())).andExpect(status().isNotFound());
		byte[] body = mvc.perform(get("/consultations/respond/{t}/done", "nope")).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(body, StandardCharsets.UTF_8)).contains("Page not found");
	}
}
