package org.practiceexchange.privacy;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practiceexchange.Html;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.SignIn;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.TestPerson;
import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.shared.ScrollRegions;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changes that matter are recorded with who, when, before and after; managers read and export them. */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	Audit audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.practiceexchange.report.ReportFixtures reports;

	@Test
	void aRoleChangeAndAnErasureAppearWithWhoBeforeAndAfter() throws Exception {
		OrganisationSummary college = fixtures.anOrganisation();
		TestPerson person = fixtures.aPerson().withRoles(Role.PRACTITIONER).at(college).create();
		TestPerson managerPerson = fixtures.aProgrammeManager();
		MockHttpSession manager = SignIn.as(mvc, managerPerson);

		mvc.perform(post("/manage/people/{id}", person.id()).session(manager).with(csrf())
			.param("name", person.name()).param("email", person.email()).param("roles", "PRACTITIONER", "REVIEWER")
			.param("organisationIds", college.id().toString()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/people/{id}/erasure", person.id()).session(manager).with(csrf()))
			.andExpect(status().is3xxRedirection());

		Document trail = Html.of(mvc.perform(get("/manage/audit").param("person", person.id().toString()).session(manager))
			.andExpect(status().isOk())
			.andReturn());
		var rows = trail.select("tbody tr");
		assertThat(rows).hasSize(2);
		ScrollRegions.wrapped(trail.outerHtml(), "table:has(caption#audit-caption)");
		Element erased = rows.get(0);
		Element roles = rows.get(1);
		assertThat(roles.select("td").eachText()).containsSubsequence(managerPerson.name(), "ROLES_CHANGED")
			.contains("[PRACTITIONER]", "[PRACTITIONER, REVIEWER]");
		assertThat(erased.select("td").get(1).text()).isEqualTo(managerPerson.name());
		assertThat(erased.select("td").get(2).text()).isEqualTo("PERSON_ERASED");
		assertThat(erased.select("td").get(3).text()).contains("Former participant " + person.id());
		assertThat(erased.select("td").get(4).text()).contains("status=ACTIVE").doesNotContain(person.email());
		assertThat(erased.select("td").get(5).text()).contains("name=Former participant " + person.id(), "status=ERASED");
		assertThat(trail.text()).doesNotContain(person.email()).doesNotContain(person.name());

		Document onlyErasures = Html.of(mvc.perform(get("/manage/audit").param("person", person.id().toString())
			.param("action", "PERSON_ERASED").session(manager)).andReturn());
		assertThat(onlyErasures.select("tbody tr")).hasSize(1);
	}

	@Test
	void theTrailFiltersByRecordTypeAndDateAndPages() throws Exception {
		String type = AccountFixtures.unique("Type").replaceAll("[^A-Za-z0-9]", "");
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < AuditController.PAGE_SIZE + 3; i++) {
				audit.record("TESTED", type, (long) i, null, "n=" + i);
			}
		});
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		Document first = Html.of(mvc.perform(get("/manage/audit").param("recordType", type).session(manager)).andReturn());
		assertThat(first.select("tbody tr")).hasSize(AuditController.PAGE_SIZE);
		assertThat(first.text()).contains((AuditController.PAGE_SIZE + 3) + " found");
		Document second = Html.of(mvc.perform(get("/manage/audit").param("recordType", type).param("page", "1")
			.session(manager)).andReturn());
		assertThat(second.select("tbody tr")).hasSize(3);
		Document yesterday = Html.of(mvc.perform(get("/manage/audit").param("recordType", type)
			.param("to", java.time.LocalDate.now(clock).minusDays(2).toString()).session(manager)).andReturn());
		assertThat(yesterday.select("tbody tr")).isEmpty();
	}

	@Test
	void aSignOffAndAPublicationAreAuditedWithBeforeAndAfter() throws Exception {
		org.practiceexchange.report.ReportFixtures.Reporting r = reports.aReportingGroup();
		Long report = reports.aReport(r, org.practiceexchange.report.ReportStatus.SIGNED_OFF);
		Long output = reports.publish(r, report);
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		Document signedOff = Html.of(mvc.perform(get("/manage/audit").param("action", "REPORT_SIGNED_OFF")
			.param("recordType", "Report").session(manager)).andReturn());
		org.jsoup.nodes.Element row = signedOff.select("tbody tr").first();
		assertThat(row.select("td").eachText()).contains("REPORT_SIGNED_OFF", "Report #" + report);
		assertThat(row.select("td").get(5).text()).startsWith("status=SIGNED_OFF; version=");
		Document published = Html.of(mvc.perform(get("/manage/audit").param("action", "OUTPUT_PUBLISHED")
			.param("recordType", "Output").session(manager)).andReturn());
		assertThat(published.select("tbody tr").first().text()).contains("Output #" + output, "from a signed-off report");
	}

	@Test
	void theAuditApiRefusesToWriteOutsideATransaction() {
		assertThatThrownBy(() -> audit.record("TESTED", "Nothing", 1L, null, null)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void theCsvHasAHeaderAndTheRowsWithFormulaLookingTextMadeSafe() throws Exception {
		String type = AccountFixtures.unique("Csv").replaceAll("[^A-Za-z0-9]", "");
		transactions.executeWithoutResult(status -> audit.record("TESTED", type, 7L, "=HYPERLINK(\"x\")", "-1+2"));
		MockHttpSession manager = SignIn.as(mvc, fixtures.aProgrammeManager());

		byte[] body = mvc.perform(get("/manage/audit/export.csv").param("recordType", type).session(manager))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-trail.csv\""))
			.andReturn().getResponse().getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("id,when (UK time),person id,person,action,record type,record id,before,after");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).contains(",TESTED," + type + ",7,\"'=HYPERLINK(\"\"x\"\")\",'-1+2");
	}

	@Test
	void onlyProgrammeManagersSeeTheTrail() throws Exception {
		for (Role role : Role.values()) {
			if (role != Role.PROGRAMME_MANAGER) {
				MockHttpSession session = SignIn.as(mvc, fixtures.a(role));
				mvc.perform(get("/manage/audit").session(session)).andExpect(status().isForbidden());
				mvc.perform(get("/manage/audit/export.csv").session(session)).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get("/manage/audit")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/manage/audit").session(SignIn.as(mvc, fixtures.aProgrammeManager()))).andExpect(status().isOk());
	}
}
