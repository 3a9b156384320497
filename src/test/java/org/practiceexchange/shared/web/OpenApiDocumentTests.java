package org.practiceexchange.shared.web;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.inquiry.InquiryFixtures;
import org.practiceexchange.inquiry.Stage;
import org.practiceexchange.project.ProjectFixtures;
import org.practiceexchange.shared.web.ApiDocument.Op;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The OpenAPI document says who wrote the API, how to sign in, and for each operation the statuses
 * it really answers: checked here against real requests (and in call.ProposalApiDocumentTests for
 * the statuses only a proposal's life can provoke).
 */
@IntegrationTest
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	InquiryFixtures inquiries;

	@Test
	void theDocumentHasATitleTheBuildsVersionALicenceAndAContact() throws Exception {
		JsonNode info = ApiDocument.served(mvc).root().path("info");
		assertThat(info.path("title").asString()).isEqualTo("Practice Exchange API");
		assertThat(info.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.path("license").path("name").asString()).isNotBlank();
		assertThat(info.path("license").path("url").asString()).startsWith("http");
		assertThat(info.path("contact").path("email").asString()).contains("@");
	}

	@Test
	void basicAuthAndTheSessionCookieWithItsCsrfHeaderAreTheSecuritySchemesAppliedToEveryOperation() throws Exception {
		JsonNode root = ApiDocument.served(mvc).root();
		JsonNode schemes = root.at("/components/securitySchemes");
		assertThat(schemes.at("/basicAuth/type").asString()).isEqualTo("http");
		assertThat(schemes.at("/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(schemes.at("/session/type").asString()).isEqualTo("apiKey");
		assertThat(schemes.at("/session/in").asString()).isEqualTo("cookie");
		assertThat(schemes.at("/session/name").asString()).isEqualTo("PXSESSION");
		assertThat(schemes.at("/session/description").asString()).contains("X-CSRF-TOKEN");
		assertThat(root.path("security").toString()).contains("basicAuth").contains("session");
	}

	@Test
	void everyOperationHasASummaryAUniqueIdATagAndProblemDetailsForEveryError() throws Exception {
		Set<String> ids = new HashSet<>();
		for (Op op : ApiDocument.served(mvc).operations()) {
			String name = op.method().toUpperCase() + " " + op.path();
			assertThat(op.node().path("summary").asString()).as(name).isNotBlank();
			assertThat(ids.add(op.node().path("operationId").asString())).as("unique operationId of " + name).isTrue();
			assertThat(op.node().path("tags").isEmpty()).as("tags of " + name).isFalse();
			assertThat(op.statuses()).as(name).anyMatch(status -> status.startsWith("2"));
			op.statuses().stream().filter(status -> status.startsWith("4")).forEach(status -> assertThat(
					op.node().at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asString())
				.as(status + " of " + name)
				.isEqualTo("#/components/schemas/ProblemDetail"));
		}
	}

	/**
	 * Every operation is tried by a visitor: those the document marks public must not answer 401, and
	 * every other one must, and lists it.
	 */
	@Test
	void every401IsRealAndNoPublicOperationAsksForSignIn() throws Exception {
		ApiDocument document = ApiDocument.served(mvc);
		for (Op op : document.operations()) {
			MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(op.method().toUpperCase()),
					op.path().replaceAll("\\{[^}]+}", "999999")).with(csrf());
			JsonNode body = op.node().at("/requestBody/content");
			if (!body.isMissingNode()) {
				String type = body.propertyNames().iterator().next();
				call.contentType(type).content(type.contains("json") ? "{}" : "a,b\n");
			}
			int status = mvc.perform(call).andReturn().getResponse().getStatus();
			String name = op.method().toUpperCase() + " " + op.path();
			if (op.isPublic()) {
				assertThat(status).as("a visitor's " + name).isNotEqualTo(401);
				assertThat(op.statuses()).as(name).doesNotContain("401");
			}
			else {
				assertThat(status).as("a visitor's " + name).isEqualTo(401);
				assertThat(op.statuses()).as(name).contains("401");
			}
		}
	}

	@Test
	void signInRulesCsrfMalformedIdsAndMissingRecordsGiveTheStatusesTheDocumentLists() throws Exception {
		ApiDocument document = ApiDocument.served(mvc);
		SignedInPerson practitioner = accounts.aPerson(Role.PRACTITIONER);
		SignedInPerson manager = accounts.aPerson(Role.PROGRAMME_MANAGER);

		assertStatus(document, "get", "/api/people/{id}", get("/api/people/{id}", practitioner.id()), 401);
		assertStatus(document, "get", "/api/people/{id}",
				get("/api/people/{id}", practitioner.id()).with(user(practitioner)), 403);
		assertStatus(document, "get", "/api/people/{id}", get("/api/people/{id}", 999_999).with(user(manager)), 404);
		assertStatus(document, "get", "/api/people/{id}", get("/api/people/{id}", "abc").with(user(manager)), 400);
		assertStatus(document, "get", "/api/people/{id}",
				get("/api/people/{id}", practitioner.id()).with(user(manager)), 200);
		// A session call that changes something without its CSRF token.
		assertStatus(document, "post", "/api/people/{id}/erasure",
				post("/api/people/{id}/erasure", practitioner.id()).with(user(manager)), 403);
		// The record's state refuses the change: nobody erases their own account.
		assertStatus(document, "post", "/api/people/{id}/erasure",
				post("/api/people/{id}/erasure", manager.id()).with(user(manager)).with(csrf()), 409);
		assertStatus(document, "post", "/api/people/{id}/erasure",
				post("/api/people/{id}/erasure", "abc").with(user(manager)).with(csrf()), 400);

		assertStatus(document, "get", "/api/organisations/{id}", get("/api/organisations/{id}", 999_999), 404);
		assertStatus(document, "get", "/api/organisations/{id}", get("/api/organisations/{id}", "abc"), 400);
		assertStatus(document, "get", "/api/me", get("/api/me").with(user(practitioner)), 200);
	}

	/** A 403 the service decides (a provider lead sees an inquiry's progress only) is declared and real. */
	@Test
	void aProviderLeadIsRefusedAnInquirysPlanAsTheDocumentSays() throws Exception {
		ApiDocument document = ApiDocument.served(mvc);
		ProjectFixtures.Group group = projects.aGroup();
		Long id = inquiries.anInquiry(group, Stage.INTERVENE);
		String path = "/api/inquiries/{id}/plan/{version}";
		assertStatus(document, "get", path, get(path, id, 1).with(user(group.member())), 200);
		assertStatus(document, "get", path, get(path, id, 1).with(user(group.lead())), 403);
		assertStatus(document, "get", path, get(path, id, 7).with(user(group.member())), 404);
		assertStatus(document, "get", path, get(path, id, "first").with(user(group.member())), 400);
		assertStatus(document, "get", path, get(path, id, 1), 401);
		assertThat(document.operation("get", path).statuses()).containsExactly("200", "400", "401", "403", "404");
	}

	/** Where a status cannot happen, the document does not list it. */
	@Test
	void noOperationListsAStatusItCannotGive() throws Exception {
		ApiDocument document = ApiDocument.served(mvc);
		for (Op op : document.operations()) {
			String name = op.method().toUpperCase() + " " + op.path();
			if (op.method().equals("get")) {
				assertThat(op.statuses()).as("a read changes no state: " + name).doesNotContain("409", "422");
			}
			if (!op.path().contains("{")) {
				assertThat(op.statuses()).as("no record named in the path of " + name).doesNotContain("404");
			}
			if (op.statuses().contains("201")) {
				assertThat(op.statuses()).as(name).doesNotContain("200");
			}
		}
		// Anyone signed in may read their own record and tasks: no input, no role, nothing to find.
		assertThat(document.operation("get", "/api/me").statuses()).containsExactly("200", "401");
		assertThat(document.operation("get", "/api/me/tasks").statuses()).containsExactly("200", "401");
		// Open to all and without input.
		assertThat(document.operation("get", "/api/calls").statuses()).containsExactly("200");
	}

	private void assertStatus(ApiDocument document, String method, String path, MockHttpServletRequestBuilder call,
			int expected) throws Exception {
		MvcResult result = mvc.perform(call).andReturn();
		assertThat(result.getResponse().getStatus()).as(method.toUpperCase() + " " + path).isEqualTo(expected);
		document.assertLists(method, path, result);
	}
}
