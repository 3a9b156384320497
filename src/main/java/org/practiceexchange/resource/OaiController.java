package org.practiceexchange.resource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAI-PMH 2.0 for harvesters, in Dublin Core, by the xoai data provider library. Datestamps are to
 * the second; from and until may also be plain dates, as the protocol requires. An until to the second is
 * exact ({@link OaiTokens}); arguments are made legal XML before anything echoes them.
 */
@RestController
class OaiController {

	private final OaiRecords records;

	private final String baseUrl;

	private final String adminEmail;

	private final int pageSize;

	OaiController(OaiRecords records, @Value("${exchange.base-url}") String baseUrl,
			@Value("${exchange.oai.admin-email}") String adminEmail, @Value("${exchange.oai.page-size:50}") int pageSize) {
		this.records = records;
		this.baseUrl = baseUrl;
		this.adminEmail = adminEmail;
		this.pageSize = pageSize;
	}

	@GetMapping(value = "/oai")
	ResponseEntity<byte[]> oai(HttpServletRequest request) throws Exception {
		RepositoryConfiguration configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
			.withRepositoryName("Practice Exchange outputs")
			.withBaseUrl(baseUrl + "/oai")
			.withAdminEmail(adminEmail)
			.withEarliestDate(records.earliest())
			.withGranularity(Granularity.Lenient)
			.withResumptionTokenFormat(new OaiTokens())
			.withDeleteMethod(DeletedRecord.NO)
			.withMaxListIdentifiers(pageSize)
			.withMaxListRecords(pageSize)
			.withMaxListSets(1000)
			.build();
		Context context = Context.context().withMetadataFormat(new MetadataFormat().withPrefix("oai_dc")
			.withNamespace("http://www.openarchives.org/OAI/2.0/oai_dc/")
			.withSchemaLocation("http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
			.withTransformer(MetadataFormat.identity()));
		Repository repository = new Repository(configuration).withItemRepository(records)
			.withSetRepository(records);
		OAIPMH response = DataProvider.dataProvider(context, repository).handle(legal(request.getParameterMap()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
		try (XmlWriter writer = new XmlWriter(out, configuration)) {
			writer.write(response);
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "xml", StandardCharsets.UTF_8)).body(out.toByteArray());
	}

	/**
	 * The arguments with every character XML 1.0 forbids (control characters, lone surrogates, U+FFFE and
	 * U+FFFF) replaced by U+FFFD, so that what the library echoes in the request element and its error
	 * messages stays well-formed, and a value that held one is refused (no verb, token, prefix, date or
	 * identifier contains U+FFFD) rather than silently repaired.
	 */
	static Map<String, String[]> legal(Map<String, String[]> parameters) {
		Map<String, String[]> legal = new LinkedHashMap<>();
		parameters.forEach((name, values) -> legal.merge(legal(name),
				Arrays.stream(values).map(OaiController::legal).toArray(String[]::new),
				(a, b) -> Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new)));
		return legal;
	}

	static String legal(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> out.appendCodePoint(legalInXml(c) ? c : 0xFFFD));
		return out.toString();
	}

	private static boolean legalInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}
}
