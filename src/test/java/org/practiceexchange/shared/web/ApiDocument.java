package org.practiceexchange.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document the app serves at /v3/api-docs, for tests that compare it with what the API does. */
public final class ApiDocument {

	public record Op(String method, String path, JsonNode node) {

		public Set<String> statuses() {
			return new LinkedHashSet<>(node.path("responses").propertyNames());
		}

		public boolean isPublic() {
			return node.has("security") && node.get("security").isEmpty();
		}
	}

	private final JsonNode root;

	private ApiDocument(JsonNode root) {
		this.root = root;
	}

	public static ApiDocument served(MockMvc mvc) throws Exception {
		MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return new ApiDocument(JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()));
	}

	public JsonNode root() {
		return root;
	}

	public List<Op> operations() {
		List<Op> operations = new ArrayList<>();
		root.path("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> operations.add(new Op(op.getKey(), path.getKey(), op.getValue()))));
		return operations;
	}

	public Op operation(String method, String path) {
		return operations().stream()
			.filter(op -> op.method().equalsIgnoreCase(method) && op.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The document has no " + method + " " + path));
	}

	/**
	 * Asserts that the status a real request got is one the document lists for the operation, with a
	 * problem details body when it is an error.
	 */
	public void assertLists(String method, String path, MvcResult result) {
		int status = result.getResponse().getStatus();
		Op op = operation(method, path);
		assertThat(op.statuses()).as("statuses documented for %s %s", method.toUpperCase(), path)
			.contains(String.valueOf(status));
		if (status >= 400) {
			assertThat(op.node().at("/responses/" + status + "/content").propertyNames())
				.as("%s of %s %s", status, method.toUpperCase(), path)
				.containsExactly("application/problem+json");
		}
	}
}
