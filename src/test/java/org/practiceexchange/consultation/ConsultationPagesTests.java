package org.practiceexchange.consultation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.ScrollRegions;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConsultationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	ConsultationService consultations;

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER);
	}

	@Test
	void aNewConsultationTheRulesRefuseLeavesNoDraftBehindHoweverOftenItIsSent() throws Exception {
		SignedInPerson manager = manager();
		String title = AccountFixtures.unique("Closing before it opens");
		for (int attempt = 0; attempt < 2; attempt++) {
			mvc.perform(post("/manage/consultations").with(user(manager)).with(csrf())
					.param("title", title).param("introduction", "Dates the wrong way round")
					.param("opensOn", "2027-03-01").param("closesOn", "2027-02-01"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The closing date cannot be before the opening date")))
				.andExpect(content().string(containsString("value=\"" + title + "\"")));
		}

		assertThat(consultations.all()).noneMatch(consultation -> consultation.title().equals(title));
	}

	@Test
	void managerCreatesAConsultationPastesTheSeedPreviewsAndConfirms() throws Exception {
		SignedInPerson manager = manager();
		String title = AccountFixtures.unique("Workforce consultation");
		String location = mvc.perform(post("/manage/consultations").with(user(manager)).with(csrf())
				.param("title", title).param("introduction", "What should change").param("opensOn", "2026-01-01")
				.param("closesOn", "2030-12-31"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(get("/manage/consultations/{id}/import", id).with(user(manager))).andExpect(status().isOk());
		String pasted = MatrixImportTests.resource("seed-pasted.txt");
		mvc.perform(multipart("/manage/consultations/{id}/import", id).param("table", pasted).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("45 recommendations against 9 categories")))
			.andExpect(content().string(containsString("27 ✓, 8 ?")));
		assertThat(fixtures.view(id).recommendations()).as("nothing imported before confirming").isEmpty();
		mvc.perform(post("/manage/consultations/{id}/import/confirm", id).param("table", pasted).param("format", "DETECT")
				.with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/consultations/" + id + "/matrix"));
		assertThat(fixtures.view(id).summary().categories().get(2).applies()).isEqualTo(27);
	}

	@Test
	void aPastedFooterIsShownAsAWarningInThePreview() throws Exception {
		Long id = fixtures.aDraft();
		mvc.perform(multipart("/manage/consultations/{id}/import", id).param("table", "Rec\tA\n1. One\tX\nOFFICIAL\t\n2. Two\t\n")
				.with(user(manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 recommendations against 1 category")))
			.andExpect(content().string(containsString("Check these rows before you import")))
			.andExpect(content().string(containsString("Line 3, column 1: &quot;OFFICIAL&quot; looks like a page header or footer")));
	}

	@Test
	void theImportPageOfAnOpenConsultationSaysTheMatrixCanNoLongerBeReplaced() throws Exception {
		Long id = fixtures.anOpenConsultation();
		String page = mvc.perform(get("/manage/consultations/{id}/import", id).with(user(manager())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("#import-closed").text()).contains("can no longer be replaced");
		assertThat(Jsoup.parse(page).select("textarea#table, input#file")).as("no form to paste into").isEmpty();
		int before = fixtures.view(id).recommendations().size();
		mvc.perform(multipart("/manage/consultations/{id}/import", id).param("table", "Rec\tA\n1. One\tX\n")
				.with(user(manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be replaced")))
			.andExpect(content().string(not(containsString("Import these recommendations"))));
		assertThat(fixtures.view(id).recommendations()).hasSize(before);
	}

	@Test
	void uploadedCsvFileIsPreviewedAndBrokenPasteShowsLineAndColumn() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		MockMultipartFile file = new MockMultipartFile("file", "table.csv", "text/csv",
				"\uFEFFRecommendation,Learners\r\n\"1. Ask, then\nact\",x\r\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/manage/consultations/{id}/import", id).file(file).with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 recommendation against 1 category")))
			.andExpect(content().string(containsString("Ask, then act")));
		mvc.perform(multipart("/manage/consultations/{id}/import", id).param("table", "Rec\tA\n1. One\tX\n2. Two\tsometimes\n")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The table cannot be imported")))
			.andExpect(content().string(containsString("Line 3, column 2")));
		assertThat(fixtures.view(id).recommendations()).hasSize(45);
	}

	@Test
	void matrixShowsMarksAsSymbolsAndWordsWithTotalsFilterAndSort() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		ConsultationView view = fixtures.view(id);
		mvc.perform(get("/manage/consultations/{id}/matrix", id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"govuk-visually-hidden\">Applies</span>")))
			.andExpect(content().string(containsString("<span class=\"govuk-visually-hidden\">Uncertain</span>")))
			.andExpect(content().string(containsString("px-heat-")))
			.andExpect(content().string(containsString("45 of 45 recommendations shown")));
		ScrollRegions.wrapped(mvc.perform(get("/manage/consultations/{id}/matrix", id).with(user(manager))).andReturn()
			.getResponse().getContentAsString(), "table.px-matrix");
		Long flexible = view.categories().get(3).id();
		mvc.perform(get("/manage/consultations/{id}/matrix", id).param("category", flexible.toString()).with(user(manager)))
			.andExpect(content().string(containsString("19 of 45 recommendations shown")));
		String sorted = mvc.perform(get("/manage/consultations/{id}/matrix", id).param("sort", "total").with(user(manager))
				.header("HX-Request", "true"))
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(sorted.indexOf("33. Create more local")).isLessThan(sorted.indexOf("20. New leadership models"));
	}

	@Test
	void matrixExportsAsCsvThatImportsAgainAndAsXlsx() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		byte[] csv = mvc.perform(get("/manage/consultations/{id}/matrix.csv", id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		MatrixImportTests.assertIsTheSeedMatrix(MatrixImport.parse(csv, MatrixImport.Format.CSV));
		byte[] xlsx = mvc.perform(get("/manage/consultations/{id}/matrix.xlsx", id).with(user(manager)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("L&M");
			assertThat(sheet.getLastRowNum()).isEqualTo(45);
		}
	}

	@Test
	void categoriesAreRenamedAndGrouped() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		Long ite = fixtures.view(id).categories().get(0).id();
		mvc.perform(post("/manage/consultations/{id}/categories/{c}", id, ite).param("name", "Initial teacher education")
				.param("group", "TARGET_GROUP").with(user(manager)).with(csrf()))
			.andExpect(redirectedUrl("/manage/consultations/" + id + "/categories"));
		ConsultationView.CategoryView renamed = fixtures.view(id).categories().get(0);
		assertThat(renamed.name()).isEqualTo("Initial teacher education");
		assertThat(renamed.group()).isEqualTo(CategoryGroup.TARGET_GROUP);
		mvc.perform(get("/manage/consultations/{id}/categories", id).with(user(manager)))
			.andExpect(content().string(containsString("Initial teacher education")));
		FormPage.of(mvc.perform(post("/manage/consultations/{id}/categories/{c}", id, ite).param("name", "CPD").param("group", "THEME")
				.with(user(manager)).with(csrf())).andReturn())
			.form("category-" + ite)
			.showsError("name", "Another category already has this name")
			.keeps("name", "CPD")
			.keeps("group", "THEME")
			.onlyThisFormShowsErrors();
		assertThat(fixtures.view(id).categories().get(0).name()).as("a name already taken is refused").isEqualTo("Initial teacher education");
		Long second = fixtures.view(id).categories().get(1).id();
		FormPage page = FormPage.of(mvc.perform(post("/manage/consultations/{id}/categories/{c}", id, second).param("name", " ")
				.with(user(manager)).with(csrf())).andReturn())
			.form("category-" + second)
			.showsError("name", "Enter the category's name")
			.showsError("group", "Choose the category's group")
			.onlyThisFormShowsErrors();
		page.form("category-" + ite).keeps("name", "Initial teacher education").keeps("group", "TARGET_GROUP");
	}

	@Test
	void questionsAreBuiltThenFrozenWhenTheConsultationOpens() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		mvc.perform(post("/manage/consultations/{id}/questions", id).param("kind", "SCALE")
				.param("prompt", "How far do you agree with the barriers?").param("required", "true").with(user(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/consultations/{id}/questions", id).param("kind", "FREE_TEXT").param("prompt", "")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the question")));
		mvc.perform(post("/manage/consultations/{id}/questions/standard", id).with(user(manager)).with(csrf()));
		assertThat(fixtures.view(id).questions()).hasSize(9);
		mvc.perform(post("/manage/consultations/{id}/status", id).param("action", "OPEN").with(user(manager)).with(csrf()));
		assertThat(fixtures.view(id).status()).isEqualTo(ConsultationStatus.OPEN);
		mvc.perform(post("/manage/consultations/{id}/questions", id).param("kind", "SCALE").param("prompt", "Late question")
				.with(user(manager)).with(csrf()))
			.andExpect(content().string(containsString("The questions are fixed once the consultation has opened")));
		Long first = fixtures.view(id).questions().get(0).id();
		mvc.perform(post("/manage/consultations/{id}/questions/{q}/remove", id, first).with(user(manager)).with(csrf()));
		assertThat(fixtures.view(id).questions()).hasSize(9);
		mvc.perform(get("/manage/consultations/{id}", id).with(user(manager)))
			.andExpect(content().string(containsString("The questions and recommendations are fixed")));
	}

	@Test
	void consultationCannotOpenWithoutRecommendationsAndQuestions() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraft();
		mvc.perform(post("/manage/consultations/{id}/status", id).param("action", "OPEN").with(user(manager)).with(csrf()))
			.andExpect(header().string("Location", "/manage/consultations/" + id));
		assertThat(fixtures.view(id).status()).isEqualTo(ConsultationStatus.DRAFT);
	}

	@Test
	void publicListShowsOpenAndClosedConsultationsButNeverDrafts() throws Exception {
		Long open = fixtures.anOpenConsultation();
		Long draft = fixtures.aDraftWithTheSeedMatrix();
		mvc.perform(get("/consultations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fixtures.view(open).title())))
			.andExpect(content().string(not(containsString(fixtures.view(draft).title()))));
		String page = mvc.perform(get("/consultations/{id}", open)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Respond to this consultation"))).andReturn().getResponse()
			.getContentAsString();
		ScrollRegions.wrapped(page, "table.px-matrix");
		mvc.perform(get("/consultations/{id}", draft)).andExpect(status().isNotFound());
		mvc.perform(get("/consultations/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void managementPagesAreForProgrammeManagersOnly() throws Exception {
		Long id = fixtures.anOpenConsultation();
		List<String> pages = List.of("/manage/consultations", "/manage/consultations/" + id, "/manage/consultations/" + id + "/import",
				"/manage/consultations/" + id + "/matrix", "/manage/consultations/" + id + "/matrix.csv",
				"/manage/consultations/" + id + "/matrix.xlsx", "/manage/consultations/" + id + "/categories",
				"/manage/consultations/" + id + "/analysis", "/manage/consultations/" + id + "/answers",
				"/manage/consultations/" + id + "/responses.csv", "/manage/consultations/" + id + "/responses.xlsx",
				"/manage/consultations/" + id + "/actions");
		SignedInPerson manager = manager();
		List<SignedInPerson> others = EnumSet.complementOf(EnumSet.of(Role.PROGRAMME_MANAGER)).stream().map(accounts::aPerson).toList();
		for (String page : pages) {
			mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
			for (SignedInPerson other : others) {
				mvc.perform(get(page).with(user(other))).andExpect(status().isForbidden());
			}
			mvc.perform(get(page).with(user(manager))).andExpect(status().isOk());
		}
		mvc.perform(get("/manage/consultations/{id}", 987654321L).with(user(manager))).andExpect(status().isNotFound());
		mvc.perform(get("/manage/consultations/{id}/matrix", 987654321L).with(user(manager))).andExpect(status().isNotFound());
		mvc.perform(post("/manage/consultations/{id}/status", id).param("action", "CLOSE")
				.with(user(accounts.aPerson(Role.PRACTITIONER))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(fixtures.view(id).status()).isEqualTo(ConsultationStatus.OPEN);
	}
}
