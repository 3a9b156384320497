package org.practiceexchange.call;

import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.shared.export.PdfChecks;
import org.practiceexchange.shared.web.UkTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each released decision's letter: a tagged A4 PDF with embedded fonts, for the proposal's own people and managers only. */
@IntegrationTest
class DecisionLetterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	DecisionService decisions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UkTime ukTime;

	record Round(CallView call, SignedInPerson manager, Partnership funded, Long fundedId, Partnership reserve, Long reserveId,
			Partnership declined, Long declinedId, SignedInPerson reviewer) {
	}

	Round aDecidedRound() {
		CallView call = fixtures.anOpenCall(2, 1);
		Partnership funded = fixtures.aPartnership();
		Partnership reserve = fixtures.aPartnership();
		Partnership declined = fixtures.aPartnership();
		Long fundedId = fixtures.aSubmittedProposal(funded, call);
		Long reserveId = fixtures.aSubmittedProposal(reserve, call);
		Long declinedId = fixtures.aSubmittedProposal(declined, call);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		SignedInPerson reviewer = fixtures.aReviewer();
		fixtures.assign(manager, fundedId, reviewer);
		fixtures.pastTheDeadlineOf(call);
		decisions.decide(manager.id(), fundedId, Decision.FUND, "A clear plan with a strong baseline audit.");
		decisions.decide(manager.id(), reserveId, Decision.RESERVE, "Promising, but the budget needs work.");
		decisions.decide(manager.id(), declinedId, Decision.DECLINE, "The partners' roles were not clear.");
		return new Round(call, manager, funded, fundedId, reserve, reserveId, declined, declinedId, reviewer);
	}

	byte[] download(SignedInPerson as, Long proposalId) throws Exception {
		MvcResult result = mvc.perform(get("/proposals/{id}/decision-letter.pdf", proposalId).with(user(as)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("decision-letter-" + proposalId + ".pdf")))
			.andReturn();
		return result.getResponse().getContentAsByteArray();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).startsWith("Decision on");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void eachReleasedDecisionHasALetterWithTheLetterheadCallDecisionFeedbackAndDate() throws Exception {
		Round round = aDecidedRound();
		decisions.release(round.call().id());
		Instant released = jdbc.queryForObject("select decision_released_at from proposal where id = ?", java.sql.Timestamp.class,
				round.fundedId()).toInstant();

		byte[] funded = download(round.funded().lead(), round.fundedId());
		PdfChecks.acceptedByOutsideTools(funded);
		String fundedText = text(funded);
		assertThat(fundedText).contains("Practice Exchange")
			.contains("Practitioner-led professional development and research for further education and skills")
			.contains(round.call().title())
			.contains("Decision: funded.")
			.contains("A clear plan with a strong baseline audit.")
			.contains(ukTime.date(released))
			.contains(round.funded().lead().name());

		byte[] reserve = download(round.reserve().lead(), round.reserveId());
		PdfChecks.acceptedByOutsideTools(reserve);
		assertThat(text(reserve)).contains("Decision: held in reserve.").contains("Promising, but the budget needs work.");

		byte[] declined = download(round.declined().lead(), round.declinedId());
		PdfChecks.acceptedByOutsideTools(declined);
		assertThat(text(declined)).contains("Decision: not funded this time.").contains("The partners' roles were not clear.")
			.contains("panel's feedback");
	}

	@Test
	void theLeadItsOrganisationsProviderLeadsAndManagersMayDownloadItOthersMayNot() throws Exception {
		Round round = aDecidedRound();
		decisions.release(round.call().id());
		download(round.funded().partnerLeads().get(0), round.fundedId());
		download(round.manager(), round.fundedId());
		mvc.perform(get("/proposals/{id}/decision-letter.pdf", round.fundedId()).with(user(round.reviewer())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/proposals/{id}/decision-letter.pdf", round.fundedId()).with(user(round.reserve().lead())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/proposals/{id}/decision-letter.pdf", round.fundedId()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/proposals/{id}", round.fundedId()).with(user(round.funded().lead())))
			.andExpect(content().string(containsString("id=\"decision-letter\"")));
		mvc.perform(get("/proposals/{id}", round.fundedId()).with(user(round.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"decision-letter\""))));
	}

	@Test
	void nobodyHasALetterBeforeTheRelease() throws Exception {
		Round round = aDecidedRound();
		mvc.perform(get("/proposals/{id}/decision-letter.pdf", round.fundedId()).with(user(round.funded().lead())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/proposals/{id}/decision-letter.pdf", round.fundedId()).with(user(round.manager())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/proposals/{id}", round.fundedId()).with(user(round.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"decision-letter\""))));
	}
}
