package org.practiceexchange.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The OpenAPI document at {@code /v3/api-docs}: who wrote it and under which licence, how a
 * caller signs in (HTTP Basic, or the session cookie with its CSRF header), and for every operation
 * the error statuses it can really answer, each with an {@code application/problem+json} body
 * (see {@link ApiErrorHandling}). The error statuses are derived, not written by hand:
 * <ul>
 * <li>401 when the security rules refuse a visitor (those that admit one are marked
 * {@code security: []});</li>
 * <li>403 for every change (a session call without its CSRF token is refused), and where the
 * security rules refuse a signed-in person who holds no role;</li>
 * <li>400 when the operation takes a body or a parameter that can be malformed (anything but an
 * optional free-text string);</li>
 * <li>404 when the path names a record;</li>
 * <li>409 for a change to a record named in the path: the record's state can refuse it
 * ({@code DomainRuleException}).</li>
 * </ul>
 * Statuses a controller answers that these rules cannot see (a 403 decided by the service, a 422)
 * are declared on the operation with {@code @ApiResponse} and kept.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "ProblemDetail";

	static final String BASIC = "basicAuth";

	static final String SESSION = "session";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	private static final Map<String, String> ERRORS = Map.of(
			"400", "The request is malformed or a field is invalid; `errors` lists each field with its message",
			"401", "Not signed in: send HTTP Basic credentials or the session cookie",
			"403", "Signed in but not allowed, or a session call without its `X-CSRF-TOKEN` header",
			"404", "No such record, or not one the caller may see",
			"409", "The record's state refuses the change; the detail says why",
			"422", "The record is not complete; `errors` lists what is missing");

	@Bean
	OpenApiCustomizer practiceExchangeApiDocument(@Value("${exchange.base-url}") String baseUrl,
			@Value("${exchange.api.version:unknown}") String version,
			@Value("${exchange.api.contact-email}") String contactEmail,
			@Value("${exchange.api.licence.name}") String licenceName,
			@Value("${exchange.api.licence.url}") String licenceUrl,
			ObjectProvider<SecurityFilterChain> chains) {
		return openApi -> describe(openApi, baseUrl, version, contactEmail, licenceName, licenceUrl,
				new Rules(chains.orderedStream().toList()));
	}

	/**
	 * Each operation's id is its controller's name and its method's, e.g. {@code callList} for
	 * {@code CallApiController.list}: unique and stable, where the method name alone repeats.
	 */
	@Bean
	OperationCustomizer operationIdsFromControllers() {
		return (operation, handler) -> {
			String controller = handler.getBeanType().getSimpleName().replaceFirst("(Api)?Controller$", "");
			String method = handler.getMethod().getName();
			operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
					+ Character.toUpperCase(method.charAt(0)) + method.substring(1));
			return operation;
		};
	}

	/**
	 * Asks the application's own URL rules (every module's {@code RouteRules}) whether a caller may
	 * use a route, with a copy of the request for the document changed to that route's method and path.
	 * When that cannot be asked (no request, or a rule that needs more than the path), the route counts
	 * as refused, so its 401 and 403 are documented.
	 */
	record Rules(List<SecurityFilterChain> chains) {

		boolean allow(String path, String method, Authentication caller) {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current)) {
				return false;
			}
			HttpServletRequest request = new RouteRequest(current.getRequest(), method, path);
			for (SecurityFilterChain chain : chains) {
				if (!chain.matches(request)) {
					continue;
				}
				for (var filter : chain.getFilters()) {
					if (filter instanceof AuthorizationFilter authorization) {
						AuthorizationManager<HttpServletRequest> manager = authorization.getAuthorizationManager();
						try {
							AuthorizationResult result = manager.authorize(() -> caller, request);
							return result != null && result.isGranted();
						}
						catch (RuntimeException cannotTell) {
							return false;
						}
					}
				}
				return true;
			}
			return false;
		}
	}

	/** The request for the document, as if it were {@code method path}: for asking the URL rules only. */
	static final class RouteRequest extends HttpServletRequestWrapper {

		private final String method;

		private final String path;

		private final Map<String, Object> attributes = new java.util.HashMap<>();

		RouteRequest(HttpServletRequest request, String method, String path) {
			super(request);
			this.method = method;
			this.path = path;
		}

		@Override
		public String getMethod() {
			return method;
		}

		@Override
		public String getRequestURI() {
			return path;
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(path);
		}

		@Override
		public String getContextPath() {
			return "";
		}

		@Override
		public String getServletPath() {
			return path;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return null;
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			return java.util.Collections.emptyEnumeration();
		}

		@Override
		public DispatcherType getDispatcherType() {
			return DispatcherType.REQUEST;
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.get(name);
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			return java.util.Collections.enumeration(attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.remove(name);
		}
	}

	static void describe(OpenAPI openApi, String baseUrl, String version, String contactEmail, String licenceName,
			String licenceUrl, Rules privileges) {
		openApi.info(new Info().title("Practice Exchange API")
			.version(version)
			.description("Programmes, calls for proposals, projects, inquiries, reports, outputs and the rest of "
					+ "Practice Exchange as JSON. Every error is `application/problem+json` (RFC 9457).")
			.contact(new Contact().name("Practice Exchange").url(baseUrl).email(contactEmail))
			.license(new License().name(licenceName).url(licenceUrl)));
		openApi.servers(List.of(new Server().url("/").description("The instance serving this document")));
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		openApi.components(components);
		components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("E-mail address and password. Calls with Basic credentials need no CSRF token."));
		components.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
			.in(SecurityScheme.In.COOKIE)
			.name("PXSESSION")
			.description("The session cookie set by signing in at /login. A change (POST, PUT, DELETE) made "
					+ "with the session must also send the `X-CSRF-TOKEN` header with the value of the "
					+ "`PXCSRF` cookie; without it the answer is 403."));
		components.addSchemas(PROBLEM, problemSchema());
		openApi.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)));

		Set<String> tags = new LinkedHashSet<>();
		Set<String> operationIds = new LinkedHashSet<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				describe(path, method, operation, privileges);
				if (operation.getTags() != null) {
					tags.addAll(operation.getTags());
				}
				String id = operation.getOperationId();
				for (int n = 2; !operationIds.add(id); n++) {
					id = operation.getOperationId() + n;
				}
				operation.setOperationId(id);
			}));
		}
		List<Tag> described = new ArrayList<>();
		Map<String, Tag> declared = new TreeMap<>();
		if (openApi.getTags() != null) {
			openApi.getTags().forEach(tag -> declared.put(tag.getName(), tag));
		}
		tags.stream().sorted().forEach(name -> described.add(declared.getOrDefault(name,
				new Tag().name(name).description("Operations on " + name.toLowerCase(java.util.Locale.UK)))));
		described.forEach(tag -> {
			if (tag.getDescription() == null) {
				tag.setDescription("Operations on " + tag.getName().toLowerCase(java.util.Locale.UK));
			}
		});
		openApi.tags(described);
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation,
			Rules privileges) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		String example = PATH_VARIABLE.matcher(path).replaceAll(Matcher.quoteReplacement("1"));
		boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		boolean namesRecord = PATH_VARIABLE.matcher(path).find();
		boolean visitorsAllowed = privileges.allow(example, method.name(), visitor());
		boolean everyoneSignedInAllowed = privileges.allow(example, method.name(),
				signedInWithoutRoles());

		if (visitorsAllowed) {
			operation.setSecurity(List.of());
		}
		else {
			operation.setSecurity(null);
			error(responses, "401");
		}
		if (change || !everyoneSignedInAllowed) {
			error(responses, "403");
		}
		if (operation.getRequestBody() != null || canBeMalformed(operation.getParameters())) {
			error(responses, "400");
		}
		if (namesRecord) {
			error(responses, "404");
		}
		if (change && namesRecord) {
			error(responses, "409");
		}
		responses.forEach((status, response) -> {
			if (ERRORS.containsKey(status)) {
				asProblem(status, response);
			}
		});
		responses.remove("500");
		if (responses.containsKey("201")) {
			// A controller that answers 201 never answers 200 as well; springdoc adds its default 200.
			responses.remove("200");
		}
		// Responses in numeric order, as a reader expects them.
		ApiResponses ordered = new ApiResponses();
		new TreeMap<>(responses).forEach(ordered::addApiResponse);
		operation.setResponses(ordered);
	}

	private static boolean canBeMalformed(List<Parameter> parameters) {
		if (parameters == null) {
			return false;
		}
		return parameters.stream().anyMatch(parameter -> Boolean.TRUE.equals(parameter.getRequired())
				|| parameter.getSchema() == null || !"string".equals(type(parameter.getSchema()))
				|| parameter.getSchema().getEnum() != null || parameter.getSchema().getFormat() != null);
	}

	private static String type(Schema<?> schema) {
		if (schema.getType() != null) {
			return schema.getType();
		}
		return schema.getTypes() == null || schema.getTypes().size() != 1 ? null : schema.getTypes().iterator().next();
	}

	private static void error(ApiResponses responses, String status) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse());
		}
	}

	private static void asProblem(String status, ApiResponse response) {
		if (response.getDescription() == null || response.getDescription().isBlank()
				|| response.getDescription().equals("default response")) {
			response.setDescription(ERRORS.get(status));
		}
		response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	/** RFC 9457 problem details as {@link ApiErrorHandling} writes them. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema error = new ObjectSchema().description("One invalid or missing field")
			.addProperty("field", new StringSchema().description("The field's name"))
			.addProperty("message", new StringSchema().description("What is wrong with it"));
		return new ObjectSchema().description("Problem details (RFC 9457)")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().example("Not found"))
			.addProperty("status", new IntegerSchema().example(404))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error)
				.description("Each invalid field, when the problem is about the request's fields"));
	}

	private static Authentication visitor() {
		return new AnonymousAuthenticationToken("openapi", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
	}

	private static Authentication signedInWithoutRoles() {
		return UsernamePasswordAuthenticationToken.authenticated("openapi", null, AuthorityUtils.NO_AUTHORITIES);
	}
}
