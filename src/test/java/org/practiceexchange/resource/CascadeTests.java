package org.practiceexchange.resource;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.practiceexchange.project.ProjectFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Participants log where they shared their learning; managers see the reach and export it. */
@IntegrationTest
class CascadeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	CascadeService cascade;

	@Autowired
	ProjectFixtures projectFixtures;

	@Test
	void practitionerRecordsSharingAndSeesTheirTotalAndCsv() throws Exception {
		SignedInPerson practitioner = fixtures.practitioner();
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		Output output = fixtures.published(practitioner, fixtures.proposal(AccountFixtures.unique("Guide"),
				OutputType.DELIVERY_GUIDE, Licence.CC_BY_4_0, programme.id(), 2019, List.of(programmes.themeId("SEND")),
				null), "x");
		mvc.perform(post("/my/cascade").param("sharedOn", "2026-03-27").param("audience", "OWN_TEAM")
				.param("mode", "FACE_TO_FACE").param("peopleReached", "12").param("outputId", output.id().toString())
				.param("note", "=SUM(A1) team briefing").with(user(practitioner)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/my/cascade"));
		mvc.perform(post("/my/cascade").param("sharedOn", "2026-04-02").param("audience", "NETWORK_OR_CONFERENCE")
				.param("mode", "ONLINE").param("peopleReached", "30").with(user(practitioner)).with(csrf()))
			.andExpect(status().isFound());

		mvc.perform(get("/my/cascade").with(user(practitioner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("People reached in total: 42")))
			.andExpect(content().string(containsString("27 March 2026")))
			.andExpect(content().string(containsString("A network or conference")))
			.andExpect(content().string(containsString(output.title())));
		String csv = mvc.perform(get("/my/cascade.csv").with(user(practitioner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines().toList()).hasSize(3);
		assertThat(csv).startsWith("Date,Person,Audience,Mode,People reached,Output,Programme,Project,Note");
		assertThat(csv).contains("2026-03-27," + practitioner.name() + ",Own team,Face to face,12," + output.title() + ","
				+ programme.name() + ",,'=SUM(A1) team briefing");

		CascadeService.Reach reach = cascade.reach();
		assertThat(reach.byOutput()).anySatisfy(row -> {
			assertThat(row.label()).isEqualTo(output.title());
			assertThat(row.people()).isEqualTo(12);
		});
		assertThat(reach.byPerson()).anySatisfy(row -> {
			assertThat(row.id()).isEqualTo(practitioner.id());
			assertThat(row.times()).isEqualTo(2);
			assertThat(row.people()).isEqualTo(42);
		});
		assertThat(reach.byProgramme()).anySatisfy(row -> {
			assertThat(row.label()).isEqualTo(programme.name());
			assertThat(row.people()).isEqualTo(12);
		});
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		mvc.perform(get("/manage/cascade").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(output.title())))
			.andExpect(content().string(containsString(programme.name())));
		mvc.perform(get("/manage/cascade.csv").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(output.title())));
	}

	@Test
	void reachAddsUpByProjectFromTheChosenProjectOrTheOutputsProject() throws Exception {
		ProjectFixtures.Group group = projectFixtures.aGroup();
		ProjectFixtures.Group otherGroup = projectFixtures.aGroup();
		SignedInPerson member = group.member();
		Output fromTheGroup = fixtures.published(member, fixtures.proposal(AccountFixtures.unique("Toolkit"),
				OutputType.SELF_ASSESSMENT_TOOL, Licence.CC_BY_4_0, null, 2026, List.of(programmes.themeId("ESOL")),
				group.project().id()), "x");

		mvc.perform(get("/my/cascade").with(user(member)))
			.andExpect(content().string(containsString("<option value=\"" + group.project().id() + "\">"
					+ group.project().title() + "</option>")))
			.andExpect(content().string(not(containsString(otherGroup.project().title()))));
		mvc.perform(post("/my/cascade").param("sharedOn", "2026-05-04").param("audience", "OWN_ORGANISATION")
				.param("mode", "ONLINE").param("peopleReached", "7").param("projectId", group.project().id().toString())
				.with(user(member)).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(post("/my/cascade").param("sharedOn", "2026-05-05").param("audience", "OTHER_ORGANISATIONS")
				.param("mode", "FACE_TO_FACE").param("peopleReached", "20").param("outputId", fromTheGroup.id().toString())
				.with(user(member)).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(post("/my/cascade").param("sharedOn", "2026-05-06").param("audience", "OWN_TEAM")
				.param("mode", "ONLINE").param("peopleReached", "3").param("projectId", otherGroup.project().id().toString())
				.with(user(member)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your projects from the list")));

		assertThat(cascade.reach().byProject()).anySatisfy(row -> {
			assertThat(row.id()).isEqualTo(group.project().id());
			assertThat(row.label()).isEqualTo(group.project().title());
			assertThat(row.times()).isEqualTo(2);
			assertThat(row.people()).isEqualTo(27);
		}).noneSatisfy(row -> assertThat(row.id()).isEqualTo(otherGroup.project().id()));
		mvc.perform(get("/my/cascade").with(user(member)))
			.andExpect(content().string(containsString("People reached in total: 27")));

		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		mvc.perform(get("/manage/cascade").with(user(manager)))
			.andExpect(content().string(containsString("Reach by project")))
			.andExpect(content().string(containsString(group.project().title())));
		String csv = mvc.perform(get("/manage/cascade/reach.csv").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("Reach by,Name,Times shared,People reached");
		assertThat(csv).contains("Project," + group.project().title() + ",2,27");
		assertThat(csv).contains("Output," + fromTheGroup.title() + ",1,20");
		assertThat(csv).contains("Person," + member.name() + ",2,27");
	}

	@Test
	void invalidRecordsAreRefusedNextToTheirFields() throws Exception {
		SignedInPerson practitioner = fixtures.practitioner();
		mvc.perform(post("/my/cascade").param("sharedOn", LocalDate.now(clock).plusDays(3).toString())
				.param("audience", "OWN_TEAM").param("mode", "ONLINE").param("peopleReached", "5")
				.with(user(practitioner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future")));
		mvc.perform(post("/my/cascade").param("peopleReached", "lots").with(user(practitioner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number, such as 12")))
			.andExpect(content().string(containsString("Choose who you shared it with")));
		Output unpublished = fixtures.proposedBy(fixtures.practitioner(), fixtures.proposal("Hidden", OutputType.OTHER,
				Licence.CC_BY_4_0, null, null, List.of(programmes.themeId("SEND")), null), "x");
		mvc.perform(post("/my/cascade").param("sharedOn", "2026-01-05").param("audience", "OWN_TEAM")
				.param("mode", "ONLINE").param("peopleReached", "5").param("outputId", unpublished.id().toString())
				.with(user(practitioner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a published output from the list")));
		mvc.perform(get("/my/cascade").with(user(practitioner)))
			.andExpect(content().string(containsString("No records yet.")))
			.andExpect(content().string(not(containsString("Hidden"))));
	}
}
