package org.practiceexchange.consultation;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ConsultationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ConsultationFixtures fixtures;

	SignedInPerson manager() {
		return accounts.aPerson(Role.PROGRAMME_MANAGER);
	}

	static MockHttpServletRequestBuilder table(Long id, String type, String body) {
		return put("/api/consultations/{id}/recommendations", id).contentType(type)
			.content(body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void managerCreatesAConsultationWithHttpBasic() throws Exception {
		SignedInPerson manager = manager();
		mvc.perform(post("/api/consultations").with(httpBasic(manager.email(), AccountFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Workforce development\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/consultations/")))
			.andExpect(jsonPath("$.id").isNumber());
	}

	@Test
	void onlyProgrammeManagersCreateConsultations() throws Exception {
		String body = "{\"title\":\"Not yours\"}";
		mvc.perform(post("/api/consultations").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.PROGRAMME_MANAGER))) {
			SignedInPerson person = accounts.aPerson(role);
			mvc.perform(post("/api/consultations").with(httpBasic(person.email(), AccountFixtures.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void blankTitleIsABadRequest() throws Exception {
		mvc.perform(post("/api/consultations").with(user(manager())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
	}

	@Test
	void seedTableImportsThroughTheApiAndTheSummaryKeepsHeaderOrder() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraft();
		mvc.perform(table(id, "text/tab-separated-values", MatrixImportTests.resource("recommendations.tsv"))
				.with(httpBasic(manager.email(), AccountFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations").value(45));
		mvc.perform(get("/api/consultations/{id}/summary", id).with(httpBasic(manager.email(), AccountFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations").value(45))
			.andExpect(jsonPath("$.categories.length()").value(9))
			.andExpect(jsonPath("$.categories[0].name").value("ITE"))
			.andExpect(jsonPath("$.categories[0].applies").value(9))
			.andExpect(jsonPath("$.categories[0].uncertain").value(8))
			.andExpect(jsonPath("$.categories[2].name").value("L&M"))
			.andExpect(jsonPath("$.categories[2].applies").value(27))
			.andExpect(jsonPath("$.categories[2].uncertain").value(8))
			.andExpect(jsonPath("$.categories[8].name").value("Joint Practice Development"))
			.andExpect(jsonPath("$.categories[8].applies").value(16));
	}

	@Test
	void pastedSeedWithPageBreaksImportsAsTsvToTheSameTotals() throws Exception {
		Long id = fixtures.aDraft();
		mvc.perform(table(id, "text/tab-separated-values", MatrixImportTests.resource("seed-pasted.txt")).with(user(manager())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations").value(45))
			.andExpect(jsonPath("$.categories[2].applies").value(27))
			.andExpect(jsonPath("$.categories[2].uncertain").value(8));
	}

	@Test
	void csvImportsAndReimportReplacesTheMatrix() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		mvc.perform(table(id, "text/csv", "Recommendation,Learners,Staff\r\n\"1. Listen, then act\",X,?\r\n")
				.with(httpBasic(manager.email(), AccountFixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations").value(1))
			.andExpect(jsonPath("$.categories[1].name").value("Staff"))
			.andExpect(jsonPath("$.categories[1].uncertain").value(1));
		assertThat(fixtures.view(id).recommendations()).singleElement()
			.satisfies(r -> assertThat(r.text()).isEqualTo("Listen, then act"));
	}

	@Test
	void badTableIsA400ProblemNamingTheLineAndChangesNothing() throws Exception {
		SignedInPerson manager = manager();
		Long id = fixtures.aDraftWithTheSeedMatrix();
		mvc.perform(table(id, "text/csv", "Recommendation,A\n1. Fine,X\n2. Broken,perhaps\n")
				.with(httpBasic(manager.email(), AccountFixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Line 3, column 2")))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value(2));
		assertThat(fixtures.view(id).recommendations()).hasSize(45);
	}

	@Test
	void otherContentTypesAreRefused() throws Exception {
		Long id = fixtures.aDraft();
		mvc.perform(table(id, "application/json", "{}").with(httpBasic(manager().email(), AccountFixtures.PASSWORD)))
			.andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void openConsultationsMatrixCannotBeReplaced() throws Exception {
		Long id = fixtures.anOpenConsultation();
		mvc.perform(table(id, "text/csv", "R,A\n1. One,X\n").with(httpBasic(manager().email(), AccountFixtures.PASSWORD)))
			.andExpect(status().isConflict());
		assertThat(fixtures.view(id).recommendations()).hasSize(45);
	}

	@Test
	void importAndSummaryAreRefusedToEveryoneButManagersWhileDraft() throws Exception {
		Long draft = fixtures.aDraftWithTheSeedMatrix();
		mvc.perform(table(draft, "text/csv", "R,A\n1. One,X\n").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/consultations/{id}/summary", draft)).andExpect(status().isNotFound());
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.PROGRAMME_MANAGER))) {
			SignedInPerson person = accounts.aPerson(role);
			mvc.perform(table(draft, "text/csv", "R,A\n1. One,X\n").with(httpBasic(person.email(), AccountFixtures.PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/consultations/{id}/summary", draft).with(httpBasic(person.email(), AccountFixtures.PASSWORD)))
				.andExpect(status().isNotFound());
		}
		Long open = fixtures.anOpenConsultation();
		mvc.perform(get("/api/consultations/{id}/summary", open)).andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations").value(45));
		mvc.perform(get("/api/consultations/{id}/summary", 987654321L).with(user(manager()))).andExpect(status().isNotFound());
	}

	@Test
	void aThousandRowImportThroughTheApiReplacesTheMatrixWhole() throws Exception {
		// How long it takes is measured by bench/consultation/run.sh, not asserted here.
		StringBuilder body = new StringBuilder("Recommendation\tITE\tCPD\tL&M\n");
		for (int i = 1; i <= 1000; i++) {
			body.append(i).append(". Recommendation ").append(i).append("\tX\t?\t\n");
		}
		Long id = fixtures.aDraft();
		SignedInPerson manager = manager();
		for (int round = 1; round <= 2; round++) {
			mvc.perform(table(id, "text/tab-separated-values", body.toString()).with(user(manager)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.recommendations").value(1000));
		}
		ConsultationView view = fixtures.view(id);
		assertThat(view.recommendations()).as("the second import replaced the first").hasSize(1000);
		assertThat(view.summary().categories()).extracting(MatrixSummary.CategoryTotal::applies).containsExactly(1000L, 0L, 0L);
	}
}
