package org.practiceexchange.call;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.call.CallFixtures.Partnership;
import org.practiceexchange.resource.ResourceFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A proposal's attachments: its writers add and remove them on the draft, checked by content as outputs' files
 * are; once submitted they are frozen; the proposal's people, its assigned reviewers and managers download them.
 */
@IntegrationTest
class ProposalAttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallFixtures fixtures;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProposalService proposals;

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", ResourceFixtures.pdf("Letter of support",
				"Brookfield supports this partnership."));
	}

	@Test
	void aConfirmedPartnerAttachesALetterThatThePeopleOnTheProposalItsReviewerAndManagersDownload() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aCompleteProposal(partnership, call);
		SignedInPerson partnerLead = partnership.partnerLeads().get(0);
		MockMultipartFile letter = pdf("Letter of support.pdf");

		mvc.perform(multipart("/proposals/{id}/attachments", id).file(letter).with(user(partnerLead)).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"))
			.andExpect(flash().attribute("flash", "Letter of support.pdf has been attached."));
		ProposalAttachments.AttachmentView attached = proposals.view(partnership.lead(), id).attachments().get(0);
		assertThat(attached.mediaType()).isEqualTo("application/pdf");
		assertThat(attached.size()).isEqualTo(letter.getSize());
		String link = "/proposals/" + id + "/attachments/" + attached.id();
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("href=\"" + link + "\"")))
			.andExpect(content().string(containsString("Letter of support.pdf")));
		mvc.perform(get("/proposals/{id}/edit", id).with(user(partnership.lead())))
			.andExpect(content().string(containsString("/attachments/" + attached.id() + "/remove")));
		mvc.perform(get("/api/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(jsonPath("$.attachments[0].fileName").value("Letter of support.pdf"))
			.andExpect(jsonPath("$.attachments[0].mediaType").value("application/pdf"));

		byte[] downloaded = mvc.perform(get(link).with(user(partnership.partnerLeads().get(1))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(letter.getBytes());

		proposals.submit(partnership.lead(), id);
		// a submitted proposal is a record: its attachments can be neither added nor removed
		mvc.perform(post("/proposals/{id}/attachments/{a}/remove", id, attached.id()).with(user(partnership.lead())).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("A submitted proposal is a record")));
		mvc.perform(multipart("/proposals/{id}/attachments", id).file(pdf("late.pdf")).with(user(partnership.lead())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(proposals.view(partnership.lead(), id).attachments()).extracting(ProposalAttachments.AttachmentView::fileName)
			.containsExactly("Letter of support.pdf");

		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER, accounts.anOrganisation());
		SignedInPerson reviewer = fixtures.aReviewer();
		Long assignment = fixtures.assign(manager, id, reviewer);
		mvc.perform(get("/reviews/{id}", assignment).with(user(reviewer)))
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get(link).with(user(reviewer))).andExpect(status().isOk());
		mvc.perform(get(link).with(user(manager))).andExpect(status().isOk());
		// a reviewer without the assignment, a lead of another organisation, a practitioner of the lead: not found
		mvc.perform(get(link).with(user(fixtures.aReviewer()))).andExpect(status().isNotFound());
		mvc.perform(get(link).with(user(fixtures.aPartnership().lead()))).andExpect(status().isNotFound());
		mvc.perform(get(link).with(user(accounts.aPerson(Role.PRACTITIONER, partnership.leadOrganisation()))))
			.andExpect(status().isNotFound());
		mvc.perform(get(link)).andExpect(status().is3xxRedirection());
	}

	@Test
	void filesAreCheckedByTheirContentAsOutputsFilesAreAndARefusedOneIsReportedAtTheField() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		SignedInPerson lead = partnership.lead();

		mvc.perform(multipart("/proposals/{id}/attachments", id)
				.file(new MockMultipartFile("file", "budget.pdf", "application/pdf", ResourceFixtures.png()))
				.with(user(lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"attachment-file-error\"")))
			.andExpect(content().string(containsString("The file is called budget.pdf but its content is a PNG image")));
		mvc.perform(multipart("/proposals/{id}/attachments", id)
				.file(new MockMultipartFile("file", "budget.txt", "text/plain", "Staff 1000\nTravel 200\n".getBytes()))
				.with(user(lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file must be a PDF, DOCX, PPTX, XLSX, ODT, PNG, JPEG or GIF")));
		mvc.perform(multipart("/proposals/{id}/attachments", id)
				.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
				.with(user(lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file to upload")));
		assertThat(proposals.view(lead, id).attachments()).isEmpty();
	}

	@Test
	void aDraftsAttachmentIsRemovedByItsWritersAndThenNoLongerDownloads() throws Exception {
		CallView call = fixtures.anOpenCall();
		Partnership partnership = fixtures.aPartnership();
		Long id = fixtures.aDraft(partnership, call);
		Long attachment = fixtures.attach(partnership.lead(), id, "sheet.pdf");
		// an invited partner who has not confirmed may read the draft but not change it
		mvc.perform(post("/proposals/{id}/attachments/{a}/remove", id, attachment)
				.with(user(partnership.partnerLeads().get(0))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/proposals/{id}/attachments/{a}", id, attachment).with(user(partnership.partnerLeads().get(0))))
			.andExpect(status().isOk());

		mvc.perform(post("/proposals/{id}/attachments/{a}/remove", id, attachment).with(user(partnership.lead())).with(csrf()))
			.andExpect(redirectedUrl("/proposals/" + id + "/edit"))
			.andExpect(flash().attribute("flash", "The attachment has been removed."));
		mvc.perform(get("/proposals/{id}/attachments/{a}", id, attachment).with(user(partnership.lead())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/proposals/{id}", id).with(user(partnership.lead())))
			.andExpect(content().string(not(containsString("sheet.pdf"))))
			.andExpect(content().string(containsString("No attachments.")));
	}
}
