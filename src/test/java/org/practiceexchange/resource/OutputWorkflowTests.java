package org.practiceexchange.resource;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.practiceexchange.FormPage;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** From proposal with an uploaded file to a published, citable, downloadable output. */
@IntegrationTest
class OutputWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	OutputService outputs;

	@Autowired
	OutputRepository repository;

	@Test
	void practitionerProposesManagerPublishesAndVisitorsDownloadAndCite() throws Exception {
		SignedInPerson practitioner = fixtures.practitioner();
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		String title = AccountFixtures.unique("Screening activity");
		MockMultipartFile file = new MockMultipartFile("file", "screening.pdf", "application/pdf",
				ResourceFixtures.pdf(title, "Picture based phonological tasks"));
		String location = mvc.perform(multipart("/my/outputs/new").file(file)
				.param("title", title).param("summary", "Helps tutors notice signs of dyslexia")
				.param("authors", "Amira Khan; Tom Price").param("type", "SCREENING_TOOL").param("licence", "CC_BY_4_0")
				.param("programmeId", programme.id().toString()).param("year", "2019")
				.param("themeIds", programmes.themeId("SEND").toString())
				.with(user(practitioner)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/outputs/*"))
			.andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring("/outputs/".length()));

		mvc.perform(get(location).with(user(practitioner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Awaiting approval")))
			.andExpect(content().string(containsString("screening.pdf")));
		mvc.perform(get(location)).andExpect(status().isNotFound());
		mvc.perform(get("/approvals/outputs").with(user(manager)))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/my/outputs").with(user(practitioner)))
			.andExpect(content().string(containsString(title)));

		mvc.perform(post(location + "/approve").with(user(manager)).with(csrf()))
			.andExpect(status().isFound());

		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amira Khan; Tom Price (20")))
			.andExpect(content().string(containsString("[Screening tool]. Practice Exchange. CC BY 4.0. Available at: http://localhost/outputs/" + id)));
		Long fileId = fixtures.view(id).files().get(0).id();
		mvc.perform(get(location + "/files/" + fileId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"screening.pdf\"")))
			.andExpect(content().bytes(file.getBytes()));
		mvc.perform(get(location + "/files/" + fileId));
		assertThat(repository.findById(id).orElseThrow().downloads()).isEqualTo(2);
		mvc.perform(get("/api/resources/{id}", id))
			.andExpect(jsonPath("$.downloads").value(2))
			.andExpect(jsonPath("$.url").value("http://localhost/outputs/" + id))
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void fileThatIsNotWhatItClaimsIsRefusedWithAClearMessage() throws Exception {
		SignedInPerson lead = accounts.aPerson(Role.PROVIDER_LEAD, accounts.anOrganisation());
		MockMultipartFile file = new MockMultipartFile("file", "guide.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ResourceFixtures.pdf("Guide", "Text"));
		String title = AccountFixtures.unique("Guide");
		mvc.perform(multipart("/my/outputs/new").file(file)
				.param("title", title).param("summary", "A guide").param("authors", "A Lead")
				.param("type", "DELIVERY_GUIDE").param("licence", "CC_BY_SA_4_0")
				.param("themeIds", programmes.themeId("SEND").toString())
				.with(user(lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is called guide.docx but its content is a PDF")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		assertThat(outputs.mine(lead)).isEmpty();
	}

	@Test
	void aFileAddedToAnOutputThatIsRefusedIsSaidBesideTheFileInput() throws Exception {
		SignedInPerson practitioner = fixtures.practitioner();
		Output output = fixtures.proposedBy(practitioner, fixtures.proposal(AccountFixtures.unique("Cards"),
				OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, null, null, List.of(programmes.themeId("English")), null), "x");
		FormPage.of(mvc.perform(multipart("/my/outputs/{id}/files", output.id()).with(user(practitioner)).with(csrf())).andReturn())
			.form("upload")
			.showsError("file", "Choose a file to upload")
			.onlyThisFormShowsErrors();
		MockMultipartFile mislabelled = new MockMultipartFile("file", "notes.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ResourceFixtures.pdf("Notes", "Text"));
		FormPage.of(mvc.perform(multipart("/my/outputs/{id}/files", output.id()).file(mislabelled)
				.with(user(practitioner)).with(csrf())).andReturn())
			.form("upload")
			.showsError("file", "The file is called notes.docx but its content is a PDF");
		assertThat(fixtures.view(output.id()).files()).hasSize(1);
		MockMultipartFile notes = new MockMultipartFile("file", "notes.pdf", "application/pdf", ResourceFixtures.pdf("Notes", "Text"));
		mvc.perform(multipart("/my/outputs/{id}/files", output.id()).file(notes).with(user(practitioner)).with(csrf()))
			.andExpect(redirectedUrl("/outputs/" + output.id()));
		assertThat(fixtures.view(output.id()).files()).hasSize(2);
	}

	@Test
	void missingFieldsAreShownNextToTheForm() throws Exception {
		mvc.perform(multipart("/my/outputs/new").param("title", "").param("year", "nineteen")
				.with(user(fixtures.practitioner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Enter a year such as 2019")))
			.andExpect(content().string(containsString("Choose at least one theme")));
	}

	@Test
	void anOutputNamesOnlyAProjectOfItsProposerAndNeverAReport() throws Exception {
		var group = fixtures.aGroupValidatedBy(accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()));
		var elsewhere = fixtures.aGroupValidatedBy(accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation()));
		String theme = programmes.themeId("Maths").toString();
		mvc.perform(get("/my/outputs/new").with(user(group.member())))
			.andExpect(content().string(containsString(group.project().title())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(elsewhere.project().title()))));

		String title = AccountFixtures.unique("Guide");
		FormPage.of(mvc.perform(multipart("/my/outputs/new").param("title", title).param("summary", "")
				.param("projectId", elsewhere.project().id().toString())
				.with(user(group.member())).with(csrf())).andReturn())
			.showsError("summary", "Enter a summary")
			.showsError("projectId", "Choose one of your projects from the list");
		FormPage.of(mvc.perform(multipart("/my/outputs/new").param("title", title).param("summary", "A guide")
				.param("authors", "A Member").param("type", "DELIVERY_GUIDE").param("licence", "CC_BY_4_0").param("themeIds", theme)
				.param("projectId", elsewhere.project().id().toString())
				.with(user(group.member())).with(csrf())).andReturn())
			.showsError("projectId", "Choose one of your projects from the list")
			.keeps("title", title);
		mvc.perform(multipart("/my/outputs/new").param("title", title).param("summary", "A guide")
				.param("authors", "A Member").param("type", "DELIVERY_GUIDE").param("licence", "CC_BY_4_0").param("themeIds", theme)
				.param("reportId", "1")
				.with(user(group.member())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A signed-off report is published from the report&#39;s own page")));
		assertThat(outputs.mine(group.member())).isEmpty();

		mvc.perform(multipart("/my/outputs/new").param("title", title).param("summary", "A guide")
				.param("authors", "A Member").param("type", "DELIVERY_GUIDE").param("licence", "CC_BY_4_0").param("themeIds", theme)
				.param("projectId", group.project().id().toString())
				.with(user(group.member())).with(csrf()))
			.andExpect(redirectedUrlPattern("/outputs/*"));
		assertThat(outputs.mine(group.member())).extracting(Output::projectId).containsExactly(group.project().id());
		// the provider lead of a member's organisation may name the project; the lead of another may not
		mvc.perform(get("/my/outputs/new").with(user(group.lead())))
			.andExpect(content().string(containsString(group.project().title())));
		mvc.perform(multipart("/my/outputs/new").param("title", title + " (lead)").param("summary", "A guide")
				.param("authors", "A Lead").param("type", "DELIVERY_GUIDE").param("licence", "CC_BY_4_0").param("themeIds", theme)
				.param("projectId", group.project().id().toString())
				.with(user(group.otherLead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your projects from the list")));
		mvc.perform(multipart("/my/outputs/new").param("title", title + " (lead)").param("summary", "A guide")
				.param("authors", "A Lead").param("type", "DELIVERY_GUIDE").param("licence", "CC_BY_4_0").param("themeIds", theme)
				.param("projectId", group.project().id().toString())
				.with(user(group.lead())).with(csrf()))
			.andExpect(redirectedUrlPattern("/outputs/*"));
	}

	@Test
	void sentBackOutputShowsTheNoteToItsProposer() throws Exception {
		SignedInPerson practitioner = fixtures.practitioner();
		Output output = fixtures.proposedBy(practitioner, fixtures.proposal(AccountFixtures.unique("Cards"),
				OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, null, null, List.of(programmes.themeId("English")), null), "x");
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		FormPage.of(mvc.perform(post("/outputs/{id}/send-back", output.id()).param("note", "")
				.with(user(manager)).with(csrf())).andReturn())
			.form("sendBack")
			.showsError("note", "Say what the proposer should change")
			.onlyThisFormShowsErrors();
		String tooLong = "Please add the tutor notes to every card. ".repeat(60).strip();
		FormPage.of(mvc.perform(post("/outputs/{id}/send-back", output.id()).param("note", tooLong)
				.with(user(manager)).with(csrf())).andReturn())
			.form("sendBack")
			.showsError("note", "The note must be 2,000 characters or fewer")
			.keeps("note", tooLong);
		// a note that fails validation is still refused to someone who does not decide on the output
		mvc.perform(post("/outputs/{id}/send-back", output.id()).param("note", tooLong)
				.with(user(practitioner)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(fixtures.view(output.id()).status()).isEqualTo(OutputStatus.PROPOSED);
		mvc.perform(post("/outputs/{id}/send-back", output.id()).param("note", "Please add the tutor notes")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isFound());
		mvc.perform(get("/my/outputs").with(user(practitioner)))
			.andExpect(content().string(containsString("Please add the tutor notes")))
			.andExpect(content().string(containsString("Sent back")));
	}

	@Test
	void proposerChangesASentBackOutputAndProposesItAgain() throws Exception {
		SignedInPerson practitioner = fixtures.practitioner();
		Output output = fixtures.proposedBy(practitioner, fixtures.proposal(AccountFixtures.unique("Cards"),
				OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, null, null, List.of(programmes.themeId("English")), null), "x");
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		mvc.perform(get("/my/outputs/{id}/edit", output.id()).with(user(practitioner)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/outputs/" + output.id()));
		mvc.perform(post("/outputs/{id}/send-back", output.id()).param("note", "Please add the tutor notes")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isFound());

		mvc.perform(get("/outputs/{id}", output.id()).with(user(practitioner)))
			.andExpect(content().string(containsString("/my/outputs/" + output.id() + "/edit")));
		mvc.perform(get("/my/outputs/{id}/edit", output.id()).with(user(practitioner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add the tutor notes")))
			.andExpect(content().string(containsString("value=\"" + output.title() + "\"")));
		mvc.perform(get("/my/outputs/{id}/edit", output.id()).with(user(manager)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/my/outputs/{id}/edit", output.id()).with(user(fixtures.practitioner())))
			.andExpect(status().isNotFound());

		mvc.perform(post("/my/outputs/{id}/edit", output.id()).param("title", "").param("summary", "Cards with tutor notes")
				.param("authors", "A. Tutor").param("type", "ACTIVITY_SET").param("licence", "CC_BY_4_0")
				.param("themeIds", programmes.themeId("English").toString()).with(user(practitioner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title")))
			.andExpect(content().string(containsString("Cards with tutor notes")));
		assertThat(fixtures.view(output.id()).status()).isEqualTo(OutputStatus.RETURNED);

		mvc.perform(post("/my/outputs/{id}/edit", output.id()).param("title", "Cards, second edition")
				.param("summary", "Cards with tutor notes").param("authors", "A. Tutor").param("type", "ACTIVITY_SET")
				.param("licence", "CC_BY_SA_4_0").param("themeIds", programmes.themeId("English").toString())
				.with(user(practitioner)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/outputs/" + output.id()));
		Output revised = fixtures.view(output.id());
		assertThat(revised.status()).isEqualTo(OutputStatus.PROPOSED);
		assertThat(revised.title()).isEqualTo("Cards, second edition");
		assertThat(revised.licence()).isEqualTo(Licence.CC_BY_SA_4_0);
		assertThat(revised.decisionNote()).isNull();
		assertThat(revised.files()).hasSize(1);
	}

	@Test
	void projectValidatorApprovesWhenTheProgrammeSaysSo() throws Exception {
		SignedInPerson validator = accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation());
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.COLLABORATIVE_JPD, List.of());
		var group = fixtures.aGroupValidatedBy(validator);
		SignedInPerson practitioner = group.member();
		Long projectId = group.project().id();
		mvc.perform(post("/manage/outputs/approvers/{id}", programme.id()).param("approver", "PROJECT_VALIDATOR")
				.with(user(manager)).with(csrf()))
			.andExpect(status().isFound());
		Output output = fixtures.proposedBy(practitioner, fixtures.proposal(AccountFixtures.unique("JPD guide"),
				OutputType.DELIVERY_GUIDE, Licence.CC_BY_4_0, programme.id(), null, List.of(programmes.themeId("Maths")),
				projectId), "x");

		mvc.perform(get("/approvals/outputs").with(user(validator)))
			.andExpect(content().string(containsString(output.title())));
		mvc.perform(get("/approvals/outputs").with(user(manager)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(output.title()))));
		mvc.perform(post("/outputs/{id}/approve", output.id()).with(user(manager)).with(csrf()))
			.andExpect(status().isForbidden());
		SignedInPerson otherValidator = accounts.aPerson(Role.VALIDATOR, accounts.anOrganisation());
		mvc.perform(get("/outputs/{id}", output.id()).with(user(otherValidator))).andExpect(status().isNotFound());
		mvc.perform(post("/outputs/{id}/approve", output.id()).with(user(validator)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(fixtures.view(output.id()).status()).isEqualTo(OutputStatus.PUBLISHED);
		mvc.perform(get("/manage/outputs/approvers").with(user(manager)))
			.andExpect(content().string(containsString("The project&#39;s validator")));
	}

	@Test
	void signedOffReportIsPublishedInOneStep() {
		SignedInPerson practitioner = fixtures.practitioner();
		long reportId = System.nanoTime();
		OutputSummary published = outputs.publishSignedOffReport(new SignedOffReport(reportId, null, null,
				practitioner.id(), "Report of an inquiry", "What we tried and learnt", "Amira Khan", 2025,
				List.of(programmes.themeId("ESOL")), Licence.CC_BY_4_0, "report.pdf",
				ResourceFixtures.pdf("Report", "Lessons about content and process")));
		assertThat(published.status()).isEqualTo(OutputStatus.PUBLISHED);
		assertThat(published.type()).isEqualTo(OutputType.REPORT);
		assertThat(published.reportId()).isEqualTo(reportId);
		assertThat(outputs.findPublished(published.id())).isPresent();
		// a corrected version is the same output's new edition: new description and PDF, the earlier PDF kept
		SignedOffReport corrected = new SignedOffReport(reportId, null, null, practitioner.id(), "Report of an inquiry, corrected",
				"Corrected", "Amira Khan", 2025, List.of(programmes.themeId("ESOL")), Licence.CC_BY_4_0, "report-v2.pdf",
				ResourceFixtures.pdf("Report", "The corrected lessons"));
		assertThat(outputs.publishSignedOffReport(corrected).id()).isEqualTo(published.id());
		assertThat(outputs.publishSignedOffReport(corrected).id()).isEqualTo(published.id());
		assertThat(outputs.findPublished(published.id()).orElseThrow().title()).isEqualTo("Report of an inquiry, corrected");
		assertThat(fixtures.view(published.id()).files()).extracting(OutputFile::originalName)
			.containsExactly("report.pdf", "report-v2.pdf");
	}
}
