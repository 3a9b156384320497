package org.practiceexchange.resource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * OAI-PMH 2.0: every verb and every error code, each response parsed as XML and checked for the
 * structure the specification gives (the harvest pages at five records in tests).
 */
@IntegrationTest
class OaiTests {

	static final String OAI = "http://www.openarchives.org/OAI/2.0/";

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	ProgrammeSummary programme;

	Long theme;

	List<Output> published = new ArrayList<>();

	@BeforeEach
	void sixPublishedOutputsInOneProgramme() {
		SignedInPerson practitioner = fixtures.practitioner();
		programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		theme = programmes.themeId("ESOL");
		for (int i = 0; i < 6; i++) {
			published.add(fixtures.published(practitioner, fixtures.proposal(AccountFixtures.unique("Harvested & <tool>"),
					OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, programme.id(), 2019, List.of(theme), null), "text"));
		}
		fixtures.proposedBy(practitioner, fixtures.proposal(AccountFixtures.unique("Not harvested"),
				OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, programme.id(), 2019, List.of(theme), null), "text");
	}

	@Test
	void identifyDescribesTheRepository() throws Exception {
		Document doc = oai(Map.of("verb", "Identify"));
		assertThat(text(doc, "/o:OAI-PMH/o:request/@verb")).isEqualTo("Identify");
		assertThat(text(doc, "/o:OAI-PMH/o:responseDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:repositoryName")).isEqualTo("Practice Exchange outputs");
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:baseURL")).isEqualTo("http://localhost/oai");
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:protocolVersion")).isEqualTo("2.0");
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:adminEmail")).contains("@");
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:earliestDatestamp")).isNotEmpty();
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:deletedRecord")).isEqualTo("no");
		assertThat(text(doc, "/o:OAI-PMH/o:Identify/o:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
	}

	@Test
	void listMetadataFormatsOffersDublinCore() throws Exception {
		Document doc = oai(Map.of("verb", "ListMetadataFormats"));
		assertThat(text(doc, "//o:ListMetadataFormats/o:metadataFormat/o:metadataPrefix")).isEqualTo("oai_dc");
		assertThat(text(doc, "//o:metadataFormat/o:schema")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
		assertThat(text(doc, "//o:metadataFormat/o:metadataNamespace")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
		Document forItem = oai(Map.of("verb", "ListMetadataFormats", "identifier", id(published.get(0))));
		assertThat(text(forItem, "//o:metadataFormat/o:metadataPrefix")).isEqualTo("oai_dc");
	}

	@Test
	void listSetsHasProgrammesAndThemes() throws Exception {
		Document doc = oai(Map.of("verb", "ListSets"));
		List<String> specs = texts(doc, "//o:ListSets/o:set/o:setSpec");
		assertThat(specs).contains("programme:" + programme.id(), "theme:" + theme);
		assertThat(text(doc, "//o:set[o:setSpec='programme:" + programme.id() + "']/o:setName"))
			.isEqualTo("Programme: " + programme.name());
	}

	@Test
	void getRecordGivesDublinCore() throws Exception {
		Output output = published.get(0);
		Document doc = oai(Map.of("verb", "GetRecord", "identifier", id(output), "metadataPrefix", "oai_dc"));
		assertThat(text(doc, "//o:GetRecord/o:record/o:header/o:identifier")).isEqualTo(id(output));
		assertThat(texts(doc, "//o:record/o:header/o:setSpec")).contains("programme:" + programme.id(), "theme:" + theme);
		assertThat(text(doc, "//o:record/o:metadata/oai_dc:dc/dc:title")).isEqualTo(output.title());
		assertThat(texts(doc, "//oai_dc:dc/dc:creator")).containsExactly("Ann Author", "Ben Writer");
		assertThat(text(doc, "//oai_dc:dc/dc:subject")).isEqualTo("ESOL");
		assertThat(text(doc, "//oai_dc:dc/dc:identifier")).isEqualTo("http://localhost/outputs/" + output.id());
		assertThat(text(doc, "//oai_dc:dc/dc:rights")).startsWith("CC BY 4.0");
		assertThat(text(doc, "//oai_dc:dc/dc:format")).isEqualTo("application/pdf");
	}

	@Test
	void listIdentifiersAndListRecordsPageWithResumptionTokens() throws Exception {
		String set = "programme:" + programme.id();
		for (String verb : List.of("ListIdentifiers", "ListRecords")) {
			Document first = oai(Map.of("verb", verb, "metadataPrefix", "oai_dc", "set", set));
			List<String> ids = new ArrayList<>(texts(first, "//o:" + verb + "//o:header/o:identifier"));
			assertThat(ids).hasSize(5);
			assertThat(text(first, "//o:resumptionToken/@completeListSize")).isEqualTo("6");
			assertThat(text(first, "//o:resumptionToken/@cursor")).isEqualTo("0");
			String token = text(first, "//o:resumptionToken");
			assertThat(token).isNotEmpty();
			Document second = oai(Map.of("verb", verb, "resumptionToken", token));
			ids.addAll(texts(second, "//o:" + verb + "//o:header/o:identifier"));
			assertThat(text(second, "//o:resumptionToken")).isEmpty();
			assertThat(ids).containsExactlyInAnyOrderElementsOf(published.stream().map(OaiTests::id).toList());
		}
		Document records = oai(Map.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", set));
		assertThat(count(records, "//o:ListRecords/o:record/o:metadata/oai_dc:dc")).isEqualTo(5);
	}

	@Test
	void fromAndUntilSelectByDatestamp() throws Exception {
		String set = "programme:" + programme.id();
		Document since = oai(Map.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", set, "from",
				"2000-01-01T00:00:00Z"));
		assertThat(text(since, "//o:resumptionToken/@completeListSize")).isEqualTo("6");
		Document window = oai(Map.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", set, "from",
				"2000-01-01T00:00:00Z", "until", "2000-12-31T23:59:59Z"));
		assertThat(errorCodes(window)).containsExactly("noRecordsMatch");
		Document before = oai(Map.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "until", "2001-01-01"));
		assertThat(errorCodes(before)).containsExactly("noRecordsMatch");
		// The library refuses dates after today, and mixed granularities, as bad arguments.
		assertThat(errorCodes(oai(Map.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2100-01-01"))))
			.containsExactly("badArgument");
		assertThat(errorCodes(oai(Map.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2000-01-01",
				"until", "2000-12-31T23:59:59Z")))).containsExactly("badArgument");
	}

	@Test
	void everyErrorCodeIsAnsweredInProtocolForm() throws Exception {
		assertThat(errorCodes(oai(Map.of("verb", "Harvest")))).containsExactly("badVerb");
		assertThat(errorCodes(oai(Map.of()))).containsExactly("badVerb");
		assertThat(errorCodes(oai(Map.of("verb", "Identify", "colour", "blue")))).containsExactly("badArgument");
		assertThat(errorCodes(oai(Map.of("verb", "GetRecord", "metadataPrefix", "oai_dc")))).contains("badArgument");
		assertThat(errorCodes(oai(Map.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "yesterday"))))
			.contains("badArgument");
		assertThat(errorCodes(oai(Map.of("verb", "ListRecords", "metadataPrefix", "marc21"))))
			.containsExactly("cannotDisseminateFormat");
		assertThat(errorCodes(oai(Map.of("verb", "GetRecord", "identifier", id(published.get(0)), "metadataPrefix",
				"marc21")))).containsExactly("cannotDisseminateFormat");
		assertThat(errorCodes(oai(Map.of("verb", "GetRecord", "identifier", "oai:practice-exchange:output/987654321",
				"metadataPrefix", "oai_dc")))).containsExactly("idDoesNotExist");
		assertThat(errorCodes(oai(Map.of("verb", "GetRecord", "identifier", "not-ours", "metadataPrefix", "oai_dc"))))
			.containsExactly("idDoesNotExist");
		assertThat(errorCodes(oai(Map.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "programme:987654321"))))
			.containsExactly("noRecordsMatch");
		assertThat(errorCodes(oai(Map.of("verb", "ListRecords", "resumptionToken", "this-is-not-a-token"))))
			.containsExactly("badResumptionToken");
	}

	@Test
	void unpublishedOutputIsNotHarvested() throws Exception {
		Output unpublished = fixtures.proposedBy(fixtures.practitioner(), fixtures.proposal("Hidden",
				OutputType.OTHER, Licence.CC_BY_4_0, null, null, List.of(theme), null), "x");
		assertThat(errorCodes(oai(Map.of("verb", "GetRecord", "identifier", id(unpublished), "metadataPrefix", "oai_dc"))))
			.containsExactly("idDoesNotExist");
	}

	// --- helpers ----------------------------------------------------------------------------

	static String id(Output output) {
		return OaiRecords.PREFIX + output.id();
	}

	Document oai(Map<String, String> parameters) throws Exception {
		var request = get("/oai");
		parameters.forEach(request::param);
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("OAI-PMH");
		assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(OAI);
		assertThat(count(doc, "/o:OAI-PMH/o:responseDate")).isEqualTo(1);
		assertThat(count(doc, "/o:OAI-PMH/o:request")).isEqualTo(1);
		assertThat(text(doc, "/o:OAI-PMH/o:request")).isEqualTo("http://localhost/oai");
		return doc;
	}

	List<String> errorCodes(Document doc) throws Exception {
		assertThat(count(doc, "/o:OAI-PMH/o:*[local-name() != 'responseDate' and local-name() != 'request' and local-name() != 'error']"))
			.as("an error response holds nothing but errors").isZero();
		return texts(doc, "/o:OAI-PMH/o:error/@code");
	}

	static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return switch (prefix) {
					case "o" -> OAI;
					case "oai_dc" -> "http://www.openarchives.org/OAI/2.0/oai_dc/";
					case "dc" -> "http://purl.org/dc/elements/1.1/";
					default -> XMLConstants.NULL_NS_URI;
				};
			}

			@Override
			public String getPrefix(String namespaceURI) {
				return null;
			}

			@Override
			public java.util.Iterator<String> getPrefixes(String namespaceURI) {
				return null;
			}
		});
		return xpath;
	}

	static String text(Document doc, String expression) throws Exception {
		return xpath().evaluate(expression, doc).strip();
	}

	static List<String> texts(Document doc, String expression) throws Exception {
		NodeList nodes = (NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent().strip());
		}
		return values;
	}

	static int count(Document doc, String expression) throws Exception {
		return ((NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET)).getLength();
	}
}
