package org.practiceexchange.programme;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProgrammeManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProgrammeFixtures fixtures;

	@Autowired
	ProgrammeService programmes;

	@Test
	void managerCreatesAProgrammeWithThemes() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		String name = AccountFixtures.unique("Digital exchange");
		MvcResult result = mvc.perform(post("/manage/programmes/new").with(user(manager)).with(csrf())
			.param("name", name).param("summary", "Groups try out digital tools together.")
			.param("model", "EXCHANGE_GROUP").param("startYear", "2027").param("endYear", "2028")
			.param("themeIds", fixtures.themeId("Digital skills").toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/manage/programmes/", ""));
		ProgrammeSummary created = programmes.find(id).orElseThrow();
		assertThat(created.name()).isEqualTo(name);
		assertThat(created.status()).isEqualTo(ProgrammeStatus.OPEN);
		assertThat(created.years()).isEqualTo("2027/28");
		assertThat(created.themes()).extracting(ThemeSummary::name).containsExactly("Digital skills");
	}

	@Test
	void badProgrammeFormKeepsInputAndExplainsEachField() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		long before = programmes.search(null, null, null, null, org.springframework.data.domain.Pageable.unpaged()).getTotalElements();
		mvc.perform(post("/manage/programmes/new").with(user(manager)).with(csrf())
			.param("name", "Kept name").param("summary", "").param("startYear", "twenty").param("endYear", "1800"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("programme", "summary", "model", "startYear", "endYear"))
			.andExpect(content().string(containsString("value=\"Kept name\"")))
			.andExpect(content().string(containsString("Enter a summary")))
			.andExpect(content().string(containsString("Enter a year between 1990 and 2100")));
		mvc.perform(post("/manage/programmes/new").with(user(manager)).with(csrf())
			.param("name", "Backwards").param("summary", "s").param("model", "ACTION_RESEARCH")
			.param("startYear", "2027").param("endYear", "2026"))
			.andExpect(model().attributeHasFieldErrors("programme", "endYear"))
			.andExpect(content().string(containsString("The last year cannot be before the first year")));
		assertThat(programmes.search(null, null, null, null, org.springframework.data.domain.Pageable.unpaged()).getTotalElements())
			.isEqualTo(before);
	}

	@Test
	void managerAddsOpensAndClosesCohortsAndRelaunchesTheProgramme() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = fixtures.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		mvc.perform(post("/manage/programmes/{id}/cohorts/new", programme.id()).with(user(manager)).with(csrf())
			.param("name", "Wave one").param("startsOn", "2027-03-01").param("endsOn", "2027-02-01"))
			.andExpect(model().attributeHasFieldErrors("cohort", "endsOn"))
			.andExpect(content().string(containsString("The end date cannot be before the start date")));
		mvc.perform(post("/manage/programmes/{id}/cohorts/new", programme.id()).with(user(manager)).with(csrf())
			.param("name", "Wave one").param("startsOn", "not a date"))
			.andExpect(content().string(containsString("Enter a real date")));
		mvc.perform(post("/manage/programmes/{id}/cohorts/new", programme.id()).with(user(manager)).with(csrf())
			.param("name", "Wave one").param("startsOn", "2027-03-01").param("capacity", "20"))
			.andExpect(status().is3xxRedirection());
		CohortSummary cohort = programmes.find(programme.id()).orElseThrow().cohorts().get(0);
		assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);

		mvc.perform(post("/manage/programmes/{p}/cohorts/{c}/status", programme.id(), cohort.id()).with(user(manager)).with(csrf())
			.param("action", "OPEN"));
		assertThat(programmes.findCohort(cohort.id()).orElseThrow().status()).isEqualTo(CohortStatus.OPEN);

		mvc.perform(post("/manage/programmes/{id}/status", programme.id()).with(user(manager)).with(csrf()).param("action", "RELAUNCH"))
			.andExpect(flash().attribute("problem", "Only a closed programme can be relaunched"));
		mvc.perform(post("/manage/programmes/{id}/status", programme.id()).with(user(manager)).with(csrf()).param("action", "CLOSE"));
		assertThat(programmes.find(programme.id()).orElseThrow().status()).isEqualTo(ProgrammeStatus.CLOSED);
		assertThat(programmes.findCohort(cohort.id()).orElseThrow().status()).isEqualTo(CohortStatus.CLOSED);
		mvc.perform(post("/manage/programmes/{p}/cohorts/{c}/status", programme.id(), cohort.id()).with(user(manager)).with(csrf())
			.param("action", "OPEN"))
			.andExpect(flash().attribute("problem", "The programme is closed: relaunch it before opening a cohort"));

		mvc.perform(post("/manage/programmes/{id}/status", programme.id()).with(user(manager)).with(csrf()).param("action", "RELAUNCH"));
		assertThat(programmes.find(programme.id()).orElseThrow().status()).isEqualTo(ProgrammeStatus.RELAUNCHED);
	}

	@Test
	void cohortOfAnotherProgrammeCannotBeEditedThroughThisOne() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary one = fixtures.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of());
		CohortSummary other = fixtures.aCohort(fixtures.aProgramme(ProgrammeModel.ACTION_RESEARCH, List.of()).id(), null);
		mvc.perform(get("/manage/programmes/{p}/cohorts/{c}", one.id(), other.id()).with(user(manager)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/manage/programmes/{p}/cohorts/{c}/status", one.id(), other.id()).with(user(manager)).with(csrf())
			.param("action", "CLOSE"))
			.andExpect(status().isNotFound());
		assertThat(programmes.findCohort(other.id()).orElseThrow().status()).isEqualTo(CohortStatus.PLANNED);
	}

	@Test
	void themesAreAddedRenamedRetiredAndRestoredButNeverDuplicated() throws Exception {
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		String name = AccountFixtures.unique("Oracy");
		mvc.perform(post("/manage/themes").with(user(manager)).with(csrf()).param("name", name))
			.andExpect(status().is3xxRedirection());
		ThemeSummary theme = programmes.allThemes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
		mvc.perform(post("/manage/themes").with(user(manager)).with(csrf()).param("name", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a theme with this name")))
			.andExpect(content().string(containsString("value=\"" + name.toUpperCase() + "\"")));
		mvc.perform(post("/manage/themes/{id}", theme.id()).with(user(manager)).with(csrf()).param("name", ""))
			.andExpect(content().string(containsString("Enter the theme&#39;s name")));
		mvc.perform(post("/manage/themes/{id}", theme.id()).with(user(manager)).with(csrf()).param("name", name + " and talk"));
		mvc.perform(post("/manage/themes/{id}/retire", theme.id()).with(user(manager)).with(csrf()));
		assertThat(programmes.activeThemes()).extracting(ThemeSummary::id).doesNotContain(theme.id());
		assertThat(programmes.allThemes()).filteredOn(t -> t.id().equals(theme.id()))
			.singleElement().satisfies(t -> {
				assertThat(t.name()).isEqualTo(name + " and talk");
				assertThat(t.retired()).isTrue();
			});
		mvc.perform(post("/manage/themes/{id}/restore", theme.id()).with(user(manager)).with(csrf()));
		assertThat(programmes.activeThemes()).extracting(ThemeSummary::id).contains(theme.id());
	}
}
