package org.practiceexchange.call;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A published call's deadline: extended or closed early, with a reason, its history, the audit trail and e-mails. */
@IntegrationTest
class CallDeadlineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	CallService calls;

	@Autowired
	ProposalService proposals;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
	}

	static String london(java.time.Instant instant) {
		return CallFixtures.london(instant).toString();
	}

	@Test
	void extendingTheDeadlineKeepsTheReasonInTheHistoryNewestFirstAndTellsEveryoneWithADraft() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership drafting = fixtures.aPartnership();
		fixtures.aCompleteProposal(drafting, call); // a draft, its partners confirmed
		Partnership submitted = fixtures.aPartnership();
		fixtures.aSubmittedProposal(submitted, call);
		SignedInPerson manager = manager();
		LocalDateTime first = CallFixtures.london(call.closesAt().plus(Duration.ofDays(3)));
		LocalDateTime second = first.plusDays(4);

		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", first.toString())
				.param("reason", "Half term falls in the last week").with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", second.toString())
				.param("reason", "Partners asked for more time").with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()));

		CallView after = calls.find(call.id());
		assertThat(CallFixtures.london(after.closesAt())).isEqualTo(second);
		// the other published terms are as they were
		assertThat(after.opensAt()).isEqualTo(call.opensAt());
		assertThat(after.title()).isEqualTo(call.title());
		assertThat(after.capacity()).isEqualTo(call.capacity());
		assertThat(after.criteria()).isEqualTo(call.criteria());
		assertThat(after.status()).isEqualTo(CallStatus.OPEN);

		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("Changes to the deadline", manager.name(),
					"Partners asked for more time", manager.name(), "Half term falls in the last week")));

		Message toLead = TestMailServer.awaitMessage(greenMail, drafting.lead().email(), "Deadline extended: " + call.title());
		assertThat(TestMailServer.body(toLead)).contains("Partners asked for more time").contains("extended from");
		TestMailServer.awaitMessage(greenMail, drafting.partnerLeads().get(0).email(), "Deadline extended: " + call.title());
		TestMailServer.awaitMessage(greenMail, drafting.partnerLeads().get(1).email(), "Deadline extended: " + call.title());
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, submitted.lead().email())
				&& subject(m).contains("Deadline extended"))).isEmpty();

		List<Map<String, Object>> audit = jdbc.queryForList(
				"select action, actor_id, after_value from audit_event where record_type = 'Call' and record_id = ? and action <> 'CALL_PUBLISHED' order by id",
				call.id());
		assertThat(audit).extracting(row -> row.get("action")).containsExactly("CALL_DEADLINE_EXTENDED", "CALL_DEADLINE_EXTENDED");
		assertThat(audit.get(1).get("after_value").toString()).contains("Partners asked for more time");
	}

	@Test
	void anExtensionMustBeLaterThanTheCurrentDeadlineAndComeWithAReasonAndBadInputComesBackAsTyped() throws Exception {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = manager();
		String earlier = CallFixtures.london(call.closesAt().minus(Duration.ofDays(1))).toString();
		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", earlier)
				.param("reason", "Typed by mistake").with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"extend-closesAt-error\"")))
			.andExpect(content().string(containsString("must be after the current one")))
			.andExpect(content().string(containsString("Typed by mistake")));
		String later = CallFixtures.london(call.closesAt().plus(Duration.ofDays(1))).toString();
		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", later).param("reason", " ")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"extend-reason-error\"")))
			.andExpect(content().string(containsString("Enter the reason for the change")));
		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", "next friday").param("reason", "Why")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"extend-closesAt-error\"")))
			.andExpect(content().string(containsString("value=\"next friday\"")));
		assertThat(calls.find(call.id()).closesAt()).isEqualTo(call.closesAt());
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(not(containsString("Changes to the deadline"))));
	}

	@Test
	void aClosedOrDraftCallKeepsItsDeadlineAndAnUnknownCallIsNotFound() throws Exception {
		CallView call = fixtures.anOpenCall();
		SignedInPerson manager = manager();
		fixtures.pastTheDeadlineOf(call);
		String later = CallFixtures.london(call.closesAt().plus(Duration.ofDays(7))).toString();
		// the form has gone from the closed call's page: the refusal is said at the top
		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", later).param("reason", "Too late")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The call has closed, so its deadline can no longer change")));

		CallView draft = fixtures.aDraftCall();
		mvc.perform(post("/manage/calls/{id}/deadline", draft.id()).param("closesAt", later).param("reason", "Not yet")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The call is not published")));
		mvc.perform(post("/manage/calls/{id}/deadline", 987654321L).param("closesAt", later).param("reason", "Nobody's")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void closingEarlyClosesTheCallNowAndTellsEveryoneWithADraft() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership drafting = fixtures.aPartnership();
		Long draft = fixtures.aCompleteProposal(drafting, call);
		SignedInPerson manager = manager();
		mvc.perform(post("/manage/calls/{id}/close-early", call.id()).param("reason", "")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"close-reason-error\"")));
		assertThat(calls.find(call.id()).status()).isEqualTo(CallStatus.OPEN);

		mvc.perform(post("/manage/calls/{id}/close-early", call.id()).param("reason", "The fund was cut")
				.with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + call.id()));
		assertThat(calls.find(call.id()).status()).isEqualTo(CallStatus.CLOSED);
		assertThatThrownBy(() -> proposals.submit(drafting.lead(), draft)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("closed");
		mvc.perform(get("/manage/calls/{id}", call.id()).with(user(manager)))
			.andExpect(content().string(stringContainsInOrder("Changes to the deadline", "Closed early", "The fund was cut")))
			.andExpect(content().string(not(containsString("id=\"close-form\""))));
		Message mail = TestMailServer.awaitMessage(greenMail, drafting.lead().email(), "Call closed early: " + call.title());
		assertThat(TestMailServer.body(mail)).contains("The fund was cut").contains("can no longer be submitted");
		TestMailServer.awaitMessage(greenMail, drafting.partnerLeads().get(1).email(), "Call closed early");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CALL_CLOSED_EARLY' and record_id = ?",
				Long.class, call.id())).isEqualTo(1L);

		// once closed it cannot be closed again
		mvc.perform(post("/manage/calls/{id}/close-early", call.id()).param("reason", "Again")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The call has closed")));
	}

	@Test
	void onlyAnOpenCallClosesEarlyButAnUpcomingOneMayBeExtended() throws Exception {
		CallView upcoming = fixtures.anUpcomingCall();
		SignedInPerson manager = manager();
		mvc.perform(get("/manage/calls/{id}", upcoming.id()).with(user(manager)))
			.andExpect(content().string(containsString("id=\"extend-form\"")))
			.andExpect(content().string(not(containsString("id=\"close-form\""))));
		mvc.perform(post("/manage/calls/{id}/close-early", upcoming.id()).param("reason", "Changed our minds")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has not opened yet")));
		assertThat(calls.find(upcoming.id()).status()).isEqualTo(CallStatus.UPCOMING);
		String later = CallFixtures.london(upcoming.closesAt().plus(Duration.ofDays(2))).toString();
		mvc.perform(post("/manage/calls/{id}/deadline", upcoming.id()).param("closesAt", later).param("reason", "Longer window")
				.with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/calls/" + upcoming.id()));
	}

	@Test
	void onlyAManagerChangesADeadlineAndNeverWithoutTheFormsToken() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		String later = CallFixtures.london(call.closesAt().plus(Duration.ofDays(2))).toString();
		mvc.perform(post("/manage/calls/{id}/deadline", call.id()).param("closesAt", later).param("reason", "Mine now")
				.with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/calls/{id}/close-early", call.id()).param("reason", "Mine now")
				.with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/calls/{id}/close-early", call.id()).param("reason", "No token").with(user(manager())))
			.andExpect(status().isForbidden());
		assertThat(calls.find(call.id()).closesAt()).isEqualTo(call.closesAt());
		assertThat(calls.find(call.id()).status()).isEqualTo(CallStatus.OPEN);
	}

	private static boolean to(Message message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
		}
		catch (jakarta.mail.MessagingException ex) {
			return false;
		}
	}

	private static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}
}
