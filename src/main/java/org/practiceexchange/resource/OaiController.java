package org.practiceexchange.resource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * OAI-PMH 2.0 for harvesters, in Dublin Core, by the xoai data provider library. Datestamps are to
 * the second; from and until may also be plain dates, as the protocol requires.
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
			.withResumptionTokenFormat(new SimpleResumptionTokenFormat().withGranularity(Granularity.Lenient))
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
		OAIPMH response = DataProvider.dataProvider(context, repository).handle(request.getParameterMap());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
		try (XmlWriter writer = new XmlWriter(out, configuration)) {
			writer.write(response);
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "xml", StandardCharsets.UTF_8)).body(out.toByteArray());
	}
}
