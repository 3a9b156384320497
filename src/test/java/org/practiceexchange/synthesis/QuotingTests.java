package org.practiceexchange.synthesis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.icegreen.greenmail.util.GreenMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.shared.ScrollRegions;
import org.practiceexchange.shared.export.PdfChecks;
import org.practiceexchange.TestMailServer;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.DomainRuleException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Narrative, quotes with consent, codes, publishing and the exports, through the pages. */
@IntegrationTest
class QuotingTests {

	static final String CONTENT = SynthesisFixtures.LESSONS.content();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	SynthesisFixtures fixtures;

	@Autowired
	SynthesisService syntheses;

	@Autowired
	QuoteService quotes;

	@Autowired
	QuoteRepository quoteRepository;

	@Autowired
	GreenMail greenMail;

	@Test
	void choosingALessonAsksThePractitionerByEmailWithALinkToTheirPage() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();

		String body = TestMailServer.body(TestMailServer.awaitMessage(greenMail, q.practitioner().email(), "May we quote"));

		assertThat(body).contains("/my/quotes/" + q.quote()).contains("Fractions through recipes");
		Document page = Html.of(mvc.perform(get("/my/quotes/{id}", q.quote()).with(user(q.practitioner())))
			.andExpect(status().isOk()).andReturn());
		assertThat(page.select(".govuk-inset-text").text()).contains(CONTENT);
	}

	@Test
	void aQuoteAppearsInPublicOnlyOnceThePractitionerAgreesAndLeavesWhenTheyChangeTheirMind() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		mvc.perform(post("/manage/syntheses/{id}/publish", q.synthesis()).with(user(q.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(publicText(q)).doesNotContain(CONTENT);
		assertThat(managerText(q)).contains(CONTENT);

		Instant before = clock.instant().minusSeconds(1);
		mvc.perform(post("/my/quotes/{id}", q.quote()).param("answer", "GIVE").with(user(q.practitioner())).with(csrf()))
			.andExpect(redirectedUrl("/my/quotes"));

		assertThat(publicText(q)).contains(CONTENT);
		assertThat(csv(q, null)).contains(CONTENT);
		Quote recorded = quoteRepository.findById(q.quote()).orElseThrow();
		assertThat(recorded.consent()).isEqualTo(Consent.GIVEN);
		assertThat(recorded.decidedBy()).isEqualTo(q.practitioner().id());
		assertThat(recorded.decidedAt()).isAfter(before);
		assertThat(recorded.consentedText()).isEqualTo(CONTENT);

		mvc.perform(post("/my/quotes/{id}", q.quote()).param("answer", "REFUSE").with(user(q.practitioner())).with(csrf()))
			.andExpect(redirectedUrl("/my/quotes"));

		assertThat(publicText(q)).doesNotContain(CONTENT);
		assertThat(csv(q, null)).doesNotContain(CONTENT);
		assertThat(quoteRepository.findById(q.quote()).orElseThrow().consentedText()).isNull();
	}

	@Test
	void anotherPractitionerCannotAnswerForSomeoneElsesWords() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();

		mvc.perform(post("/my/quotes/{id}", q.quote()).param("answer", "GIVE").with(user(q.colleague())).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(quoteRepository.findById(q.quote()).orElseThrow().consent()).isEqualTo(Consent.REQUESTED);
		Quote quote = quoteRepository.findById(q.quote()).orElseThrow();
		assertThatThrownBy(() -> quote.decide(q.colleague().id(), true, clock.instant()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDraftIsNotFoundForVisitorsUntilTheManagerPublishesIt() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		mvc.perform(post("/manage/syntheses/{id}/sections", q.synthesis()).param("heading", "What we found")
			.param("body", "First paragraph.\n\nSecond paragraph.").with(user(q.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/syntheses/{id}", q.synthesis())).andExpect(status().isNotFound());
		assertThat(Html.of(mvc.perform(get("/syntheses")).andReturn()).text()).doesNotContain(title(q));

		syntheses.publish(q.synthesis());

		Document page = Html.of(mvc.perform(get("/syntheses/{id}", q.synthesis())).andExpect(status().isOk()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo(title(q));
		assertThat(page.select("h2").eachText()).contains("What we found", "At a glance", "Measures", "Release time");
		assertThat(page.select("p.govuk-body").eachText()).contains("First paragraph.", "Second paragraph.");
		assertThat(page.select("svg.px-chart")).hasSize(3);
		assertThat(page.select("table caption").eachText()).contains("Measures by kind", "Release days");
		ScrollRegions.wrapped(page.outerHtml(), "table:has(caption#figures-measures-caption)");
		ScrollRegions.wrapped(page.outerHtml(), "table:has(caption#figures-release-caption)");
		String managed = mvc.perform(get("/manage/syntheses/{id}", q.synthesis()).with(user(q.manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		ScrollRegions.wrapped(managed, "table:has(caption#figures-measures-caption)");
		ScrollRegions.wrapped(managed, "table:has(caption#figures-release-caption)");
		assertThat(Html.of(mvc.perform(get("/syntheses")).andReturn()).text()).contains(title(q));

		mvc.perform(post("/manage/syntheses/{id}/withdraw", q.synthesis()).with(user(q.manager())).with(csrf()));
		mvc.perform(get("/syntheses/{id}", q.synthesis())).andExpect(status().isNotFound());
	}

	@Test
	void consentedQuotesAreGroupedByCodeWithTheUncodedLast() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		syntheses.addCode(q.synthesis(), new SynthesisForms.NewCode("Zeta"));
		syntheses.addCode(q.synthesis(), new SynthesisForms.NewCode("Alpha"));
		var codes = syntheses.manage(q.synthesis()).codes();
		Long alpha = codes.stream().filter(c -> c.name().equals("Alpha")).findFirst().orElseThrow().id();
		Long zeta = codes.stream().filter(c -> c.name().equals("Zeta")).findFirst().orElseThrow().id();
		mvc.perform(post("/manage/syntheses/{id}/quotes/{q}/code", q.synthesis(), q.quote()).param("codeId", zeta.toString())
			.with(user(q.manager())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/syntheses/{id}/quotes", q.synthesis()).param("inquiryId", q.inquiry().toString())
			.param("lesson", "PROCESS").param("codeId", alpha.toString()).with(user(q.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long process = quotes.choose(q.synthesis(), q.manager(),
				new SynthesisForms.Choose(q.inquiry(), Lesson.IMPLICATIONS, null));
		quoteRepository.findBySynthesisIdOrderByIdAsc(q.synthesis())
			.forEach(quote -> quotes.decide(q.practitioner(), quote.id(), true));
		syntheses.publish(q.synthesis());

		Document page = Html.of(mvc.perform(get("/syntheses/{id}", q.synthesis())).andReturn());

		assertThat(page.select("h3.govuk-heading-s").eachText()).containsSubsequence("Alpha", "Zeta", "Other lessons");
		assertThat(page.select(".govuk-inset-text").eachText()).hasSize(3);
		assertThat(process).isNotNull();
		assertThat(page.select(".govuk-inset-text").first().text()).contains(SynthesisFixtures.LESSONS.process());
	}

	@Test
	void aLessonChosenTwiceOrFromOutsideTheSynthesisIsRefused() {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();

		assertThatThrownBy(() -> quotes.choose(q.synthesis(), q.manager(), new SynthesisForms.Choose(q.inquiry(), Lesson.CONTENT, null)))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("already");
		assertThatThrownBy(() -> quotes.choose(q.synthesis(), q.manager(), new SynthesisForms.Choose(987_654_321L, Lesson.CONTENT, null)))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void theManagerStartsASynthesisFromTheFormAndCannotStartASecondOfTheSameProgramme() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();

		mvc.perform(post("/manage/syntheses").param("target", "COHORT-" + q.cohort()).param("title", "Cohort learning")
			.with(user(q.manager())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document again = Html.of(mvc.perform(post("/manage/syntheses").param("target", "PROGRAMME-" + q.programme())
			.param("title", "Again").with(user(q.manager())).with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(again.select(".govuk-error-summary").text()).contains("already a synthesis");
		Document nonsense = Html.of(mvc.perform(post("/manage/syntheses").param("target", "PROGRAMME-x")
			.param("title", "Nonsense").with(user(q.manager())).with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(nonsense.select(".govuk-error-summary").text()).contains("Choose a programme, cohort or theme");
	}

	@Test
	void theCsvKeepsSpreadsheetFormulasAsText() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		Long id = syntheses.create(q.manager(), new SynthesisForms.Create("THEME-" + q.theme(), "=HYPERLINK(\"http://x\")")).id();

		String csv = csv(q, id);

		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
		assertThat(csv).contains("Figures,Projects,1");
		assertThat(csv).contains("Measures,Number,,1,1,3,3,3,3,3");
	}

	@Test
	void thePdfCarriesTheTitleFiguresAndConsentedQuotesOnly() throws Exception {
		SynthesisFixtures.Quoted q = fixtures.aQuotedSynthesis();
		syntheses.publish(q.synthesis());
		assertThat(pdfText(q)).contains(title(q)).contains("Inquiries completed").doesNotContain(CONTENT);

		quotes.decide(q.practitioner(), q.quote(), true);

		assertThat(pdfText(q)).contains("Recipes gave fractions");
	}

	private String pdfText(SynthesisFixtures.Quoted q) throws Exception {
		byte[] pdf = mvc.perform(get("/syntheses/{id}/synthesis.pdf", q.synthesis())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		PdfChecks.acceptedByOutsideTools(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private String csv(SynthesisFixtures.Quoted q, Long id) throws Exception {
		return mvc.perform(get("/syntheses/{id}/synthesis.csv", id == null ? q.synthesis() : id).with(user(q.manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String publicText(SynthesisFixtures.Quoted q) throws Exception {
		return Html.of(mvc.perform(get("/syntheses/{id}", q.synthesis())).andExpect(status().isOk()).andReturn()).text();
	}

	private String managerText(SynthesisFixtures.Quoted q) throws Exception {
		SignedInPerson manager = q.manager();
		return Html.of(mvc.perform(get("/manage/syntheses/{id}", q.synthesis()).with(user(manager)))
			.andExpect(status().isOk()).andReturn()).text();
	}

	private String title(SynthesisFixtures.Quoted q) {
		return syntheses.load(q.synthesis()).title();
	}
}
