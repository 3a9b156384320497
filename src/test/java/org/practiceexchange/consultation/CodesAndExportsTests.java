package org.practiceexchange.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practiceexchange.AuditRows;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;
import org.practiceexchange.shared.export.ExportFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analyst's codes on free-text answers (shown with their question, taken off one answer or off
 * every answer after a confirmation, tallied per question on the analysis page), and the
 * consultation's downloads: responses with words, numbers and dates as such, written as they are
 * read; the matrix as filtered and sorted on screen.
 */
@IntegrationTest
class CodesAndExportsTests {

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
	ResponseExport export;

	@Autowired
	AuditRows audit;

	@Autowired
	JdbcTemplate jdbc;

	/** Three submitted responses (two teachers in London, a leader in the North West) and a draft, as in {@link AnalysisTests}. */
	Long aConsultationWithResponses() {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		ConsultationView.QuestionView barriers = view.questions().get(0);
		ConsultationView.QuestionView missing = view.questions().get(3);
		submit(id, view, RespondentRole.TEACHER_OR_TRAINER, Region.LONDON,
				Map.of("q-" + barriers.id(), "5", "q-" + missing.id(), "Time for joint practice development"));
		submit(id, view, RespondentRole.TEACHER_OR_TRAINER, Region.LONDON,
				Map.of("q-" + barriers.id(), "4", "q-" + missing.id(), "Mentoring for new managers"));
		submit(id, view, RespondentRole.MANAGER_OR_LEADER, Region.NORTH_WEST, Map.of("q-" + barriers.id(), "4"));
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

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER);
	}

	Long codedConsultation() {
		Long id = aConsultationWithResponses();
		for (AnalysisService.TextAnswer answer : analysis.texts(id, null, null, null, 0)) {
			analysis.applyCode(id, answer.id(), "workload", null);
		}
		analysis.applyCode(id, analysis.texts(id, null, "mentoring", null, 0).get(0).id(), "leadership", null);
		return id;
	}

	@Test
	void eachFreeTextAnswerSaysWhichQuestionItAnswers() throws Exception {
		Long id = aConsultationWithResponses();
		String prompt = fixtures.view(id).questions().get(3).prompt();
		Long answerId = analysis.texts(id, null, "mentoring", null, 0).get(0).id();
		Document page = Jsoup.parse(mvc.perform(get("/manage/consultations/{id}/answers", id).with(user(manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("answer-" + answerId + "-question").text()).isEqualTo("In answer to " + prompt);
	}

	@Test
	void aCodeComesOffOneAnswerAndTheListKeepsItsFilters() throws Exception {
		Long id = codedConsultation();
		Long mentoring = analysis.texts(id, null, "mentoring", null, 0).get(0).id();
		Long other = analysis.texts(id, null, "joint practice", null, 0).get(0).id();
		String page = mvc.perform(get("/manage/consultations/{id}/answers", id).with(user(manager()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("form[action$=/answers/" + mentoring + "/codes/remove] input[name=code]"))
			.extracting(Element::val).containsExactlyInAnyOrder("workload", "leadership");

		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes/remove", id, mentoring).param("code", "workload")
				.param("filterText", "mentoring").with(user(manager())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes/remove", id, mentoring).param("code", "workload")
				.param("filterText", "mentoring").param("filterPage", "0").with(user(manager())).with(csrf()))
			.andExpect(redirectedUrl("/manage/consultations/" + id + "/answers?q=mentoring"));
		assertThat(analysis.texts(id, null, "mentoring", null, 0).get(0).codes()).containsExactly("leadership");
		assertThat(analysis.texts(id, null, "joint practice", null, 0).get(0).codes()).containsExactly("workload");

		// the list was filtered by the code just taken off its last answer: it comes back unfiltered
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes/remove", id, mentoring).param("code", "leadership")
				.param("filterCode", "leadership").with(user(manager())).with(csrf()))
			.andExpect(redirectedUrl("/manage/consultations/" + id + "/answers"));

		// a code the answer does not carry, an answer of another consultation, someone who is not a manager
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes/remove", id, mentoring).param("code", "leadership")
				.with(user(manager())).with(csrf()))
			.andExpect(status().isNotFound());
		Long elsewhere = fixtures.anOpenConsultation();
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes/remove", elsewhere, other).param("code", "workload")
				.with(user(manager())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/consultations/{id}/answers/{a}/codes/remove", id, other).param("code", "workload")
				.with(user(accounts.aPerson(Role.VALIDATOR))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(analysis.texts(id, null, "joint practice", null, 0).get(0).codes()).containsExactly("workload");
	}

	@Test
	void codesAreTalliedPerQuestionOnTheAnalysisPage() throws Exception {
		Long id = codedConsultation();
		ConsultationView view = fixtures.view(id);
		List<ConsultationView.QuestionView> texts = view.questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT)
			.toList();
		int missing = texts.indexOf(view.questions().get(3));
		Document page = Jsoup.parse(mvc.perform(get("/manage/consultations/{id}/analysis", id).with(user(manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		Element table = page.getElementById("code-tally");
		assertThat(table.select("thead th")).extracting(Element::text).startsWith("Code")
			.contains(view.questions().get(3).prompt(), "All questions");
		List<List<String>> rows = table.select("tbody tr").stream()
			.map(tr -> tr.select("th, td").stream().map(Element::text).toList()).toList();
		assertThat(rows).extracting(r -> r.get(0)).containsExactly("leadership", "workload");
		assertThat(rows.get(0).get(1 + missing)).isEqualTo("1");
		assertThat(rows.get(1).get(1 + missing)).isEqualTo("2");
		assertThat(rows.get(1).get(1 + texts.size())).as("all questions").isEqualTo("2");
		for (int i = 0; i < texts.size(); i++) {
			if (i != missing) {
				assertThat(rows.get(1).get(1 + i)).isEqualTo("0");
			}
		}
		assertThat(analysis.codeTallies(fixtures.anOpenConsultation())).isEmpty();
	}

	@Test
	void aCodeComesOffEveryAnswerOnlyAfterTheManagerConfirms() throws Exception {
		Long id = codedConsultation();
		Document confirm = Jsoup.parse(mvc.perform(get("/manage/consultations/{id}/codes/remove", id).param("code", "workload")
				.with(user(manager()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(confirm.select("h1").text()).contains("\u201cworkload\u201d");
		assertThat(confirm.text()).contains("It is on 2 answers");
		assertThat(analysis.answersWithCode(id, "workload")).as("asking changes nothing").isEqualTo(2);
		mvc.perform(get("/manage/consultations/{id}/codes/remove", id).param("code", "workload"))
			.andExpect(redirectedUrl("/login"));
		for (Role role : java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.PROGRAMME_MANAGER))) {
			mvc.perform(get("/manage/consultations/{id}/codes/remove", id).param("code", "workload")
					.with(user(accounts.aPerson(role)))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/manage/consultations/{id}/codes/remove", id).param("code", "workload").with(csrf()))
			.andExpect(redirectedUrl("/login"));

		mvc.perform(post("/manage/consultations/{id}/codes/remove", id).param("code", "workload").with(user(manager())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/manage/consultations/{id}/codes/remove", id).param("code", "workload")
				.with(user(accounts.aPerson(Role.REVIEWER))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(analysis.answersWithCode(id, "workload")).isEqualTo(2);

		mvc.perform(post("/manage/consultations/{id}/codes/remove", id).param("code", "workload").with(user(manager())).with(csrf()))
			.andExpect(redirectedUrl("/manage/consultations/" + id + "/analysis#codes"));
		assertThat(analysis.answersWithCode(id, "workload")).isZero();
		assertThat(analysis.codeTallies(id)).extracting(AnalysisService.CodeTally::code).containsExactly("leadership");
		assertThat(audit.of("Consultation", id)).anySatisfy(row -> {
			assertThat(row.get("ACTION")).isEqualTo("CONSULTATION_CODE_REMOVED");
			assertThat(row.get("BEFORE_VALUE")).isEqualTo("code=workload; answers=2");
		});

		// a code on no answer is not there to remove, here or in another consultation
		mvc.perform(get("/manage/consultations/{id}/codes/remove", id).param("code", "workload").with(user(manager())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/consultations/{id}/codes/remove", id).param("code", "workload").with(user(manager())).with(csrf()))
			.andExpect(status().isNotFound());
		Long elsewhere = fixtures.anOpenConsultation();
		mvc.perform(post("/manage/consultations/{id}/codes/remove", elsewhere).param("code", "leadership").with(user(manager()))
				.with(csrf())).andExpect(status().isNotFound());
		assertThat(analysis.answersWithCode(id, "leadership")).isEqualTo(1);
	}

	@Test
	void responsesDownloadWithWordsNumbersAndDates() throws Exception {
		Long id = aConsultationWithResponses();
		MockHttpServletResponse csvResponse = mvc.perform(get("/manage/consultations/{id}/responses.csv", id).with(user(manager())))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(csvResponse.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"responses-" + id + ".csv\"");
		assertThat(csvResponse.getHeader(HttpHeaders.CONTENT_LENGTH)).isNull();
		List<List<String>> csv = ExportFiles.csv(csvResponse.getContentAsByteArray());
		assertThat(csv.get(0)).startsWith("Response", "Submitted on", "Role", "Organisation type", "Region");
		assertThat(csv).hasSize(4);
		List<String> leader = csv.stream().filter(r -> "North West".equals(r.get(4))).findFirst().orElseThrow();
		assertThat(leader.get(0)).matches("\\d+");
		assertThat(LocalDate.parse(leader.get(1))).as("an ISO date").isNotNull();
		assertThat(leader.get(2)).isEqualTo("Manager or leader");
		assertThat(leader.get(3)).isEqualTo("Further education college");

		MockHttpServletResponse xlsxResponse = mvc.perform(get("/manage/consultations/{id}/responses.xlsx", id)
				.with(user(manager()))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(xlsxResponse.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
		try (XSSFWorkbook workbook = ExportFiles.xlsx(xlsxResponse.getContentAsByteArray())) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
			for (int row = 1; row <= 3; row++) {
				assertThat(ExportFiles.number(ExportFiles.cell(workbook, row, 0))).as("response number").isTrue();
				assertThat(ExportFiles.date(ExportFiles.cell(workbook, row, 1))).as("submitted on").isTrue();
			}
			List<List<String>> texts = ExportFiles.texts(workbook);
			assertThat(texts).extracting(r -> r.get(2)).contains("Teacher, trainer or tutor", "Manager or leader");
			assertThat(texts).extracting(r -> r.get(4)).contains("London", "North West").doesNotContain("NORTH_WEST");
			assertThat(ExportFiles.cell(workbook, 1, 1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.parse(csv.get(1).get(1)));
		}
	}

	@Test
	void theMatrixDownloadsHoldTheRowsThePageShowsInItsOrder() throws Exception {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		Long category = view.categories().get(1).id();
		Document page = Jsoup.parse(mvc.perform(get("/manage/consultations/{id}/matrix", id).param("category", category.toString())
				.param("sort", "total").with(user(manager()))).andReturn().getResponse().getContentAsString());
		List<String> onScreen = page.select("table.px-matrix tbody tr th.px-matrix__rec").stream().map(Element::text).toList();
		assertThat(onScreen).isNotEmpty().hasSizeLessThan(view.recommendations().size());
		String csvLink = page.select("#matrix-downloads a[href*=matrix.csv]").attr("href");
		String xlsxLink = page.select("#matrix-downloads a[href*=matrix.xlsx]").attr("href");
		assertThat(csvLink).contains("category=" + category).contains("sort=total");

		List<List<String>> csv = ExportFiles.csv(mvc.perform(get(csvLink).with(user(manager()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(onScreen);
		try (XSSFWorkbook workbook = ExportFiles.xlsx(mvc.perform(get(xlsxLink).with(user(manager()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray())) {
			List<List<String>> rows = ExportFiles.texts(workbook);
			assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(onScreen);
		}
		// sorted by totals, the order differs from by number (so the test shows the sort reaching the file)
		List<String> byNumber = ExportFiles.csv(mvc.perform(get("/manage/consultations/{id}/matrix.csv", id)
				.param("category", category.toString()).with(user(manager()))).andReturn().getResponse().getContentAsByteArray())
			.stream().skip(1).map(r -> r.get(0)).toList();
		assertThat(byNumber).containsExactlyInAnyOrderElementsOf(onScreen).isNotEqualTo(onScreen);
		// no filter: every recommendation, as before, so the file can be imported again
		assertThat(ExportFiles.csv(mvc.perform(get("/manage/consultations/{id}/matrix.csv", id).with(user(manager()))).andReturn()
			.getResponse().getContentAsByteArray())).hasSize(view.recommendations().size() + 1);
	}

	/**
	 * Streamed, not buffered: bytes reach the response while the result set is still being read
	 * (the write is made from inside the JDBC query, with fewer rows written than there are), and
	 * they go in several pieces rather than one at the end.
	 */
	@Test
	void aLongResponsesDownloadIsWrittenWhileItsRowsAreStillBeingRead() throws IOException {
		Long id = fixtures.anOpenConsultation();
		int count = ResponseExport.FLUSH_EVERY * 3 + 7;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { id, "bulk-" + id + "-" + i });
		}
		jdbc.batchUpdate("insert into consultation_response (consultation_id, token, respondent_role, organisation_type, region, "
				+ "status, started_at, saved_at, submitted_at, submitted_on) values (?, ?, 'TEACHER_OR_TRAINER', 'FE_COLLEGE', "
				+ "'LONDON', 'SUBMITTED', current_timestamp, current_timestamp, current_timestamp, current_date)", rows);
		ConsultationView view = fixtures.view(id);

		List<Integer> linesAtEachWriteDuringTheQuery = new ArrayList<>();
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		OutputStream watching = new OutputStream() {

			@Override
			public void write(int b) {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) {
				all.write(b, off, len);
				boolean insideTheQuery = java.util.Arrays.stream(Thread.currentThread().getStackTrace())
					.anyMatch(frame -> frame.getClassName().equals("org.springframework.jdbc.core.JdbcTemplate")
							&& frame.getMethodName().equals("query"));
				if (insideTheQuery) {
					linesAtEachWriteDuringTheQuery.add((int) all.toString(StandardCharsets.UTF_8).lines().count());
				}
			}
		};
		export.csv(view, watching);

		assertThat(ExportFiles.csv(all.toByteArray())).hasSize(count + 1);
		assertThat(linesAtEachWriteDuringTheQuery).as("writes made while rows were still being read").hasSizeGreaterThanOrEqualTo(3);
		assertThat(linesAtEachWriteDuringTheQuery.get(0)).as("lines out at the first write").isLessThan(count);
	}
}
