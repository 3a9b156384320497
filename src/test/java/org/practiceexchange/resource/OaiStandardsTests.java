package org.practiceexchange.resource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.practiceexchange.TestClock;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.practiceexchange.programme.ProgrammeSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceexchange.resource.OaiTests.count;
import static org.practiceexchange.resource.OaiTests.text;
import static org.practiceexchange.resource.OaiTests.texts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What harvesters and validators expect of the OAI-PMH endpoint beyond the happy path: whatever a
 * request holds, the answer is well-formed XML 1.0 (nothing illegal echoed back), and from and until
 * at seconds granularity are exact on both sides, across resumption tokens too.
 */
@IntegrationTest
class OaiStandardsTests {

	/** Control characters, markup, a lone surrogate, the non-characters XML 1.0 forbids. */
	static final List<String> HOSTILE = List.of("\u0001", "\u001B[31mred", "a\u0000b", "<oai>&amp;\"'</oai>", "]]>",
			"\uFFFE\uFFFF", "\uD800x", "\u0008\u000B\u000C", "tab\tnew\nline\r", "oai_dc\u0001", "%01%1B");

	static final List<String> ARGUMENTS = List.of("verb", "metadataPrefix", "identifier", "set", "from", "until",
			"resumptionToken");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	TestClock clock;

	@Test
	void everyAnswerIsWellFormedXmlWhateverTheRequestHolds() throws Exception {
		for (String argument : ARGUMENTS) {
			for (String hostile : HOSTILE) {
				for (String verb : List.of("ListRecords", "ListIdentifiers", "GetRecord", "ListSets", "Identify")) {
					Map<String, String> parameters = new LinkedHashMap<>();
					parameters.put("verb", verb);
					if (!verb.equals("Identify") && !verb.equals("ListSets")) {
						parameters.put("metadataPrefix", "oai_dc");
					}
					parameters.put(argument, hostile);
					Document doc = wellFormed(parameters);
					assertThat(texts(doc, "/o:OAI-PMH/o:error/@code")).as("%s=%s for %s", argument, hostile, verb)
						.isNotEmpty();
				}
			}
		}
	}

	@Test
	void aGarbageResumptionTokenIsABadResumptionToken() throws Exception {
		for (String hostile : HOSTILE) {
			for (String verb : List.of("ListRecords", "ListIdentifiers", "ListSets")) {
				Document doc = wellFormed(Map.of("verb", verb, "resumptionToken", hostile));
				assertThat(texts(doc, "/o:OAI-PMH/o:error/@code")).as("%s for %s", hostile, verb)
					.containsExactly("badResumptionToken");
			}
		}
		Document doc = wellFormed(Map.of("verb", "ListRecords", "resumptionToken", "\u0001<&token\u001B"));
		assertThat(text(doc, "/o:OAI-PMH/o:request/@resumptionToken")).doesNotContain("\u0001", "\u001B");
	}

	@Test
	void untilAndFromAtSecondsAreExactOnBothSides() throws Exception {
		Instant until = Instant.parse("2026-03-01T10:15:30Z");
		ProgrammeSummary programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of());
		SignedInPerson practitioner = fixtures.practitioner();
		// Six datestamped up to until (the last at 10:15:30.600, datestamp 10:15:30), one a second after.
		List<String> upToUntil = new ArrayList<>();
		for (int i = 5; i >= 1; i--) {
			upToUntil.add(publishAt(until.minusSeconds(i), practitioner, programme));
		}
		String atUntil = publishAt(until.plus(Duration.ofMillis(600)), practitioner, programme);
		upToUntil.add(atUntil);
		String afterUntil = publishAt(until.plusSeconds(1), practitioner, programme);
		clock.setInstant(null);
		String set = "programme:" + programme.id();
		for (String verb : List.of("ListRecords", "ListIdentifiers")) {
			List<String> harvested = harvest(verb, set, "until", "2026-03-01T10:15:30Z");
			assertThat(harvested).as(verb + " until").containsExactlyInAnyOrderElementsOf(upToUntil)
				.doesNotContain(afterUntil);

			assertThat(harvest(verb, set, "from", "2026-03-01T10:15:30Z")).as(verb + " from")
				.containsExactlyInAnyOrder(atUntil, afterUntil);
			assertThat(harvest(verb, set, "from", "2026-03-01T10:15:31Z")).as(verb + " from a second later")
				.containsExactly(afterUntil);
			assertThat(harvest(verb, set, "until", "2026-03-01T10:15:29Z")).as(verb + " until a second earlier")
				.hasSize(5).doesNotContain(atUntil, afterUntil);
			// A plain date still means the whole day.
			assertThat(harvest(verb, set, "until", "2026-03-01")).as(verb + " until the day").hasSize(7);
		}
	}

	private String publishAt(Instant instant, SignedInPerson practitioner, ProgrammeSummary programme) {
		clock.setInstant(instant);
		Output output = fixtures.published(practitioner, fixtures.proposal(AccountFixtures.unique("Timed"),
				OutputType.ACTIVITY_SET, Licence.CC_BY_4_0, programme.id(), 2026, List.of(programmes.themeId("ESOL")), null),
				"text");
		return OaiTests.id(output);
	}

	/** Every identifier of a harvest, following resumption tokens (pages of five in tests). */
	private List<String> harvest(String verb, String set, String dateArgument, String date) throws Exception {
		List<String> ids = new ArrayList<>();
		Document page = wellFormed(Map.of("verb", verb, "metadataPrefix", "oai_dc", "set", set, dateArgument, date));
		while (true) {
			if (!texts(page, "/o:OAI-PMH/o:error/@code").isEmpty()) {
				assertThat(texts(page, "/o:OAI-PMH/o:error/@code")).containsExactly("noRecordsMatch");
				return ids;
			}
			ids.addAll(texts(page, "//o:" + verb + "//o:header/o:identifier"));
			String token = text(page, "//o:resumptionToken");
			if (token.isEmpty()) {
				return ids;
			}
			page = wellFormed(Map.of("verb", verb, "resumptionToken", token));
		}
	}

	/** The answer, parsed by a namespace-aware XML 1.0 parser; every attribute of the request element legal. */
	private Document wellFormed(Map<String, String> parameters) throws Exception {
		var request = get("/oai");
		parameters.forEach(request::param);
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/xml");
		byte[] body = response.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document doc;
		try {
			doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed for " + escaped(parameters) + ": " + ex.getMessage() + "\n"
					+ new String(body, StandardCharsets.UTF_8), ex);
		}
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("OAI-PMH");
		assertThat(count(doc, "/o:OAI-PMH/o:request")).isEqualTo(1);
		Element echoed = (Element) doc.getElementsByTagNameNS(OaiTests.OAI, "request").item(0);
		NamedNodeMap attributes = echoed.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			assertThat(legal(attributes.item(i).getNodeValue())).as("echoed %s", attributes.item(i).getNodeName())
				.isTrue();
		}
		return doc;
	}

	static boolean legal(String value) {
		return value.codePoints().allMatch(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
				|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF));
	}

	static String escaped(Map<String, String> parameters) {
		StringBuilder out = new StringBuilder();
		parameters.forEach((key, value) -> {
			out.append(key).append('=');
			value.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
			out.append(' ');
		});
		return out.toString();
	}
}
