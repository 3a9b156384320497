package org.practiceexchange.resource;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import org.practiceexchange.shared.TimeConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published outputs as OAI-PMH items in Dublin Core, and the sets they belong to: one per programme
 * ({@code programme:12}) and one per theme ({@code theme:3}).
 */
@Component
@Transactional(readOnly = true)
class OaiRecords implements ItemRepository, SetRepository {

	static final String PREFIX = "oai:practice-exchange:output/";

	private static final Pattern SET = Pattern.compile("(programme|theme):(\\d{1,18})");

	private final OutputRepository outputs;

	private final String baseUrl;

	OaiRecords(OutputRepository outputs, @Value("${exchange.base-url}") String baseUrl) {
		this.outputs = outputs;
		this.baseUrl = baseUrl;
	}

	Instant earliest() {
		return outputs.earliestPublished().orElse(Instant.parse("2015-01-01T00:00:00Z"));
	}

	// --- sets ----------------------------------------------------------------------------

	@Override
	public boolean supportSets() {
		return true;
	}

	@Override
	public List<Set> getSets() {
		List<Set> sets = new ArrayList<>();
		outputs.publishedProgrammes().stream()
			.sorted((a, b) -> ((Long) a[0]).compareTo((Long) b[0]))
			.forEach(row -> sets.add(Set.set("programme:" + row[0]).withName("Programme: " + row[1])));
		outputs.publishedThemes().stream()
			.sorted((a, b) -> ((Long) a[0]).compareTo((Long) b[0]))
			.forEach(row -> sets.add(Set.set("theme:" + row[0]).withName("Theme: " + row[1])));
		return sets;
	}

	@Override
	public boolean exists(String setSpec) {
		return getSets().stream().anyMatch(set -> set.getSpec().equals(setSpec));
	}

	// --- items ---------------------------------------------------------------------------

	@Override
	public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
		return item(identifier);
	}

	@Override
	public Item getItem(String identifier, MetadataFormat format) throws IdDoesNotExistException {
		return item(identifier);
	}

	private OaiItem item(String identifier) throws IdDoesNotExistException {
		Optional<Long> id = parse(identifier);
		Output output = id.flatMap(outputs::findById).filter(Output::isPublished)
			.orElseThrow(() -> new IdDoesNotExistException("No published output has the identifier " + identifier));
		return new OaiItem(OutputService.loaded(output), baseUrl);
	}

	static Optional<Long> parse(String identifier) {
		if (identifier == null || !identifier.startsWith(PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(identifier.substring(PREFIX.length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
			int maxResponseLength, ResumptionToken.Value token) {
		Page<Output> page = harvest(maxResponseLength, token);
		return new ResultsPage<>(token, page.hasNext(),
				page.getContent().stream().<ItemIdentifier>map(o -> new OaiItem(o, baseUrl)).toList(),
				(int) page.getTotalElements());
	}

	@Override
	public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
			ResumptionToken.Value token) {
		Page<Output> page = harvest(maxResponseLength, token);
		return new ResultsPage<>(token, page.hasNext(),
				page.getContent().stream().<Item>map(o -> new OaiItem(o, baseUrl)).toList(),
				(int) page.getTotalElements());
	}

	private Page<Output> harvest(int pageSize, ResumptionToken.Value token) {
		Long programmeId = null;
		Long themeId = null;
		if (token.getSetSpec() != null) {
			Matcher matcher = SET.matcher(token.getSetSpec());
			if (matcher.matches()) {
				long id = Long.parseLong(matcher.group(2));
				if (matcher.group(1).equals("programme")) {
					programmeId = id;
				}
				else {
					themeId = id;
				}
			}
			else {
				themeId = -1L;
			}
		}
		int offset = (int) token.getOffset();
		Page<Output> page = outputs.findAll(Harvest.published(token.getFrom(), token.getUntil(), programmeId, themeId),
				PageRequest.of(offset / pageSize, pageSize, Sort.by("updatedAt", "id")));
		page.getContent().forEach(OutputService::loaded);
		return page;
	}

	/** One output as an OAI-PMH item, its metadata in oai_dc. */
	static final class OaiItem implements Item {

		private final Output output;

		private final String baseUrl;

		OaiItem(Output output, String baseUrl) {
			this.output = output;
			this.baseUrl = baseUrl;
		}

		@Override
		public String getIdentifier() {
			return PREFIX + output.id();
		}

		@Override
		public Instant getDatestamp() {
			return output.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		}

		@Override
		public List<Set> getSets() {
			List<Set> sets = new ArrayList<>();
			if (output.programmeId() != null) {
				sets.add(Set.set("programme:" + output.programmeId()));
			}
			output.themes().keySet().stream().sorted().forEach(id -> sets.add(Set.set("theme:" + id)));
			return sets;
		}

		@Override
		public boolean isDeleted() {
			return false;
		}

		@Override
		public Metadata getMetadata() {
			return Metadata.copyFromStream(new ByteArrayInputStream(dublinCore().getBytes(StandardCharsets.UTF_8)));
		}

		String dublinCore() {
			StringWriter out = new StringWriter();
			try {
				XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
				xml.writeStartElement("oai_dc", "dc", "http://www.openarchives.org/OAI/2.0/oai_dc/");
				xml.writeNamespace("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/");
				xml.writeNamespace("dc", "http://purl.org/dc/elements/1.1/");
				xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
				xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
						"http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
				element(xml, "title", output.title());
				for (String author : Arrays.stream(output.authors().split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList()) {
					element(xml, "creator", author);
				}
				for (String theme : output.themes().values()) {
					element(xml, "subject", theme);
				}
				element(xml, "description", output.summaryText());
				element(xml, "publisher", "Practice Exchange");
				for (String organisation : output.organisations().values()) {
					element(xml, "contributor", organisation);
				}
				if (output.publishedAt() != null) {
					element(xml, "date", LocalDate.ofInstant(output.publishedAt(), TimeConfiguration.LONDON).toString());
				}
				element(xml, "type", output.type().name().toLowerCase().replace('_', ' '));
				output.files().stream().map(OutputFile::mediaType).distinct().forEach(type -> element(xml, "format", type));
				element(xml, "identifier", baseUrl + "/outputs/" + output.id());
				element(xml, "language", "en");
				if (output.programmeName() != null) {
					element(xml, "relation", output.programmeName());
				}
				element(xml, "rights", output.licence().url() == null ? output.licence().label()
						: output.licence().label() + " " + output.licence().url());
				xml.writeEndElement();
				xml.close();
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
			return out.toString();
		}

		private static void element(XMLStreamWriter xml, String name, String value) {
			try {
				xml.writeStartElement("dc", name, "http://purl.org/dc/elements/1.1/");
				xml.writeCharacters(value);
				xml.writeEndElement();
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}
