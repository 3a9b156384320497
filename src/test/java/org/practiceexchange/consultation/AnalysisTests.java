package org.practiceexchange.consultation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.ScrollRegions;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AnalysisTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	ResponseService responses;

	@Autowired
	AnalysisService analysis;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** Three submitted responses and one draft: scale answers 5, 4, 4; two teachers in London, one leader in the North West. */
	Long aConsultationWithResponses() {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		ConsultationView.QuestionView barriers = view.questions().get(0);
		ConsultationView.QuestionView missing = view.questions().get(3);
		ConsultationView.RecommendationView first = view.recommendations().get(0);
		submit(id, view, RespondentRole.TEACHER_OR_TRAINER, Region.LONDON, Map.of("q-" + barriers.id(), "5",
				"q-" + missing.id(), "Time for joint practice development", "rec-" + first.id(), "1", "marks-" + first.id(), "1"));
		submit(id, view, RespondentRole.TEACHER_OR_TRAINER, Region.LONDON, Map.of("q-" + barriers.id(), "4",
				"q-" + missing.id(), "Mentoring for new managers", "rec-" + first.id(), "1", "marks-" + first.id(), "3"));
		submit(id, view, RespondentRole.MANAGER_OR_LEADER, Region.NORTH_WEST, Map.of("q-" + barriers.id(), "4",
				"rec-" + first.id(), "3"));
		String draft = responses.start(id, null, "192.0.2.1");
		responses.save(draft, new ResponseForm(null, null, null, null, null), Map.of("q-" + barriers.id(), "1"), false);
		return id;
	}

	void submit(Long id, ConsultationView view, RespondentRole role, Region region, Map<String, String> answers) {
		Map<String, String> all = new java.util.HashMap<>(answers);
		view.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE && q.required())
			.forEach(q -> all.putIfAbsent("q-" + q.id(), "3"));
		String token = responses.start(id, null, "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(200));
		responses.save(token, new ResponseForm(null, role, OrganisationType.FE_COLLEGE, region, null), all, true);
	}

	@Test
	void distributionsCountOnlySubmittedResponsesWithPercentages() {
		Long id = aConsultationWithResponses();
		ConsultationView view = fixtures.view(id);
		AnalysisService.Distribution barriers = analysis.distribution(id, view.questions().get(0));
		assertThat(barriers.total()).isEqualTo(3);
		assertThat(barriers.counts()).extracting(AnalysisService.Count::count).containsExactly(0L, 0L, 0L, 2L, 1L);
		assertThat(barriers.counts().get(3).percent()).isEqualTo(66.7);
		assertThat(analysis.submitted(id)).isEqualTo(3);
		assertThat(analysis.overTime(id)).singleElement().satisfies(day -> assertThat(day.count()).isEqualTo(3));
	}

	@Test
	void respondentsSubmittingAtTheSameMomentAreAllCountedInTheRunningTotals() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		ConsultationView.QuestionView barriers = view.questions().get(0);
		ConsultationView.RecommendationView first = view.recommendations().get(0);
		int respondents = 8;
		java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(respondents);
		try {
			java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < respondents; i++) {
				done.add(pool.submit(() -> {
					ready.await();
					submit(id, view, RespondentRole.TEACHER_OR_TRAINER, Region.LONDON,
							Map.of("q-" + barriers.id(), "4", "rec-" + first.id(), "1"));
					return null;
				}));
			}
			ready.countDown();
			for (java.util.concurrent.Future<?> each : done) {
				each.get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(analysis.submitted(id)).isEqualTo(respondents);
		assertThat(analysis.distribution(id, barriers).counts().get(3).count()).isEqualTo(respondents);
		assertThat(analysis.crossTab(id, barriers, AnalysisService.Dimension.ROLE).row("TEACHER_OR_TRAINER")[3])
			.isEqualTo(respondents);
		assertThat(analysis.agreement(id).get(first.id()).agree()).isEqualTo(respondents);
		Long recounted = jdbc.queryForObject("select count(*) from consultation_answer where consultation_id = ? and submitted = true "
				+ "and question_id = ? and choice = 4", Long.class, id, barriers.id());
		assertThat(recounted).isEqualTo(respondents);
	}

	@Test
	void crossTabSplitsAnswersByRoleAndRegion() {
		Long id = aConsultationWithResponses();
		ConsultationView.QuestionView barriers = fixtures.view(id).questions().get(0);
		AnalysisService.CrossTab byRole = analysis.crossTab(id, barriers, AnalysisService.Dimension.ROLE);
		assertThat(byRole.row("TEACHER_OR_TRAINER")).containsExactly(0, 0, 0, 1, 1);
		assertThat(byRole.row("MANAGER_OR_LEADER")).containsExactly(0, 0, 0, 1, 0);
		AnalysisService.CrossTab byRegion = analysis.crossTab(id, barriers, AnalysisService.Dimension.REGION);
		assertThat(byRegion.rows()).containsExactlyInAnyOrder("LONDON", "NORTH_WEST");
	}

	@Test
	void agreementWithEachRecommendationAndItsMarksShowsOnTheMatrix() throws Exception {
		Long id = aConsultationWithResponses();
		ConsultationView.RecommendationView first = fixtures.view(id).recommendations().get(0);
		AnalysisService.Agreement agreement = analysis.agreement(id).get(first.id());
		assertThat(agreement).isEqualTo(new AnalysisService.Agreement(2, 0, 1, 1, 0, 1));
		mvc.perform(get("/manage/consultations/{id}/matrix", id).with(user(accounts.aPerson(Role.PROGRAMME_MANAGER))))
			.andExpect(content().string(containsString("67% of 3")));
	}

	@Test
	void analysisPageHasChartsWithDataTablesAndCrossTabs() throws Exception {
		Long id = aConsultationWithResponses();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		mvc.perform(get("/manage/consultations/{id}/analysis", id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 submitted responses")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("66.7%")))
			.andExpect(content().string(containsString("Teacher, trainer or tutor")));
		String byRegion = mvc.perform(get("/manage/consultations/{id}/analysis", id).param("by", "REGION").with(user(manager)))
			.andExpect(content().string(containsString("North West"))).andReturn().getResponse().getContentAsString();
		// the cross-tabulations, one column per region, scroll in their own labelled regions
		ScrollRegions.wrapped(byRegion, "div.app-table-scroll > table");
		assertThat(org.jsoup.Jsoup.parse(byRegion).select("div.app-table-scroll").size()).isGreaterThan(1);
	}

	@Test
	void freeTextIsSearchedAndCodedByTheManager() throws Exception {
		Long id = aConsultationWithResponses();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		mvc.perform(get("/manage/consultations/{id}/answers", id).param("q", "mentoring").with(user(manager)))
			.andExpect(content().string(containsString("Mentoring for new managers")))
			.andExpect(content().string(not(containsString("Time for joint practice development"))));
		Long answerId = analysis.texts(id, null, "mentoring", null, 0).get(0).id();
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes", id, answerId).param("code", "leadership")
				.with(user(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/manage/consultations/{id}/answers", id).param("code", "leadership").with(user(manager)))
			.andExpect(content().string(containsString("Mentoring for new managers")))
			.andExpect(content().string(not(containsString("Time for joint practice development"))));
		Long otherConsultation = fixtures.anOpenConsultation();
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes", otherConsultation, answerId).param("code", "x")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCodeThatIsTooLongIsShownBesideItsAnswerAsTypedInTheListAsItWasFiltered() throws Exception {
		Long id = aConsultationWithResponses();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		Long answerId = analysis.texts(id, null, "mentoring", null, 0).get(0).id();
		String tooLong = "leadership and management development ".repeat(3).strip();
		FormPage page = FormPage.of(mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes", id, answerId)
				.param("code", tooLong).param("filterText", "mentoring").param("filterPage", "0")
				.with(user(manager)).with(csrf())).andReturn())
			.form("answer-" + answerId)
			.showsError("code", "Enter a code of up to 60 characters")
			.keeps("code", tooLong)
			.onlyThisFormShowsErrors();
		assertThat(page.page().getElementById("q").val()).as("the list's filter").isEqualTo("mentoring");
		assertThat(page.page().text()).doesNotContain("Time for joint practice development");
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes", id, answerId).param("code", "leadership")
				.param("filterText", "mentoring").param("filterPage", "0").with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/consultations/" + id + "/answers?q=mentoring"));
		assertThat(analysis.texts(id, null, null, "leadership", 0)).extracting(AnalysisService.TextAnswer::id).containsExactly(answerId);
	}

	@Test
	void freeTextListShowsSubmittedAnswersNewestFirstByQuestionAndNeverDrafts() {
		Long id = aConsultationWithResponses();
		ConsultationView view = fixtures.view(id);
		ConsultationView.QuestionView missing = view.questions().get(3);
		String draft = responses.start(id, null, "192.0.2.9");
		responses.save(draft, new ResponseForm(null, null, null, null, null),
				Map.of("q-" + missing.id(), "A draft about coaching"), false);
		assertThat(analysis.texts(id, null, null, null, 0)).extracting(AnalysisService.TextAnswer::text)
			.containsExactly("Mentoring for new managers", "Time for joint practice development");
		assertThat(analysis.texts(id, missing.id(), null, null, 0)).hasSize(2);
		assertThat(analysis.texts(id, view.questions().get(0).id(), null, null, 0)).isEmpty();
		assertThat(analysis.texts(id, null, "COACHING", null, 0)).isEmpty();
		assertThat(analysis.texts(id, null, null, null, 1)).isEmpty();
		responses.save(draft, new ResponseForm(null, null, null, null, null), Map.of("q-" + missing.id(), "A draft about coaching",
				"q-" + view.questions().get(0).id(), "3", "q-" + view.questions().get(1).id(), "3", "q-" + view.questions().get(2).id(), "3"), true);
		assertThat(analysis.texts(id, null, "COACHING", null, 0)).extracting(AnalysisService.TextAnswer::text)
			.containsExactly("A draft about coaching");
		assertThat(analysis.texts(id, null, null, null, 0)).first().extracting(AnalysisService.TextAnswer::text)
			.isEqualTo("A draft about coaching");
	}

	@Test
	void allResponsesExportAsCsvAndXlsx() throws Exception {
		Long id = aConsultationWithResponses();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		String csv = new String(mvc.perform(get("/manage/consultations/{id}/responses.csv", id).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(4);
		assertThat(csv).contains("Strongly agree").contains("Mentoring for new managers").contains("North West")
			.contains("Teacher, trainer or tutor").doesNotContain("NORTH_WEST");
		byte[] xlsx = mvc.perform(get("/manage/consultations/{id}/responses.xlsx", id).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void anAnswerThatLooksLikeAFormulaReachesTheManagersSpreadsheetsAsText() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		ConsultationView.QuestionView missing = view.questions().get(3);
		submit(id, view, RespondentRole.TEACHER_OR_TRAINER, Region.LONDON,
				Map.of("q-" + missing.id(), "=HYPERLINK(\"http://evil.example\",\"Click\")"));
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		String csv = new String(mvc.perform(get("/manage/consultations/{id}/responses.csv", id).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(").doesNotContain(",=HYPERLINK(");
		byte[] xlsx = mvc.perform(get("/manage/consultations/{id}/responses.xlsx", id).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> texts = new ArrayList<>();
			for (Cell cell : workbook.getSheetAt(0).getRow(1)) {
				assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
			assertThat(texts).contains("=HYPERLINK(\"http://evil.example\",\"Click\")");
		}
	}
}
