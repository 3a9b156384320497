package org.practiceexchange.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.practiceexchange.shared.DomainRuleException;

/**
 * An output with its metadata and files. It is proposed, then approved (published) or returned;
 * once published it is public, citable and harvestable, and its files cannot change.
 */
@Entity
@Table(name = "output")
@Indexed(index = "output")
class Output {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	@KeywordField(name = "titleSort", sortable = Sortable.YES)
	private String title;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	private String summary;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	private String authors;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	private OutputType type;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	private Licence licence;

	@GenericField(projectable = Projectable.YES)
	private Long programmeId;

	@KeywordField(name = "programme", aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String programmeName;

	@GenericField(name = "year", aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	private Integer cohortYear;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String region;

	@GenericField(projectable = Projectable.YES)
	private Long projectId;

	@GenericField(projectable = Projectable.YES)
	private Long reportId;

	private Long proposerId;

	@KeywordField
	@Enumerated(EnumType.STRING)
	private OutputStatus status;

	private String decisionNote;

	private Long decidedBy;

	private Instant proposedAt;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant publishedAt;

	private Instant updatedAt;

	/** In the index as of the output's last change; pages read the live count from the database. */
	@GenericField(projectable = Projectable.YES)
	private long downloads;

	@KeywordField(name = "theme", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@ElementCollection
	@CollectionTable(name = "output_theme", joinColumns = @JoinColumn(name = "output_id"))
	@MapKeyColumn(name = "theme_id")
	@Column(name = "theme_name")
	private Map<Long, String> themes = new LinkedHashMap<>();

	@FullTextField(name = "organisation", analyzer = "english", projectable = Projectable.YES)
	@ElementCollection
	@CollectionTable(name = "output_organisation", joinColumns = @JoinColumn(name = "output_id"))
	@MapKeyColumn(name = "organisation_id")
	@Column(name = "organisation_name")
	private Map<Long, String> organisations = new LinkedHashMap<>();

	@IndexedEmbedded(includePaths = "text")
	@OneToMany(mappedBy = "output", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OutputFile> files = new ArrayList<>();

	@Version
	private long version;

	protected Output() {
	}

	/** Metadata as the proposer gives it, with names looked up from other modules. */
	record Metadata(String title, String summary, String authors, OutputType type, Licence licence, Long programmeId,
			String programmeName, Integer year, Map<Long, String> themes, Map<Long, String> organisations,
			String region, Long projectId, Long reportId) {
	}

	static Output propose(Metadata metadata, Long proposerId, Instant now) {
		Output output = new Output();
		output.describe(metadata);
		output.proposerId = proposerId;
		output.status = OutputStatus.PROPOSED;
		output.proposedAt = now;
		output.updatedAt = now;
		return output;
	}

	private void describe(Metadata metadata) {
		if (metadata.themes().isEmpty()) {
			throw new DomainRuleException("themeIds", "Choose at least one theme");
		}
		this.title = metadata.title().strip();
		this.summary = metadata.summary().strip();
		this.authors = metadata.authors().strip();
		this.type = metadata.type();
		this.licence = metadata.licence();
		this.programmeId = metadata.programmeId();
		this.programmeName = metadata.programmeName();
		this.cohortYear = metadata.year();
		this.region = metadata.region();
		this.projectId = metadata.projectId();
		this.reportId = metadata.reportId();
		this.themes.clear();
		this.themes.putAll(metadata.themes());
		this.organisations.clear();
		this.organisations.putAll(metadata.organisations());
	}

	/** A returned output is corrected and proposed again. */
	void revise(Metadata metadata, Instant now) {
		if (status != OutputStatus.RETURNED) {
			throw new DomainRuleException(null, "Only an output sent back to you can be changed and proposed again");
		}
		describe(metadata);
		status = OutputStatus.PROPOSED;
		decisionNote = null;
		updatedAt = now;
	}

	OutputFile attach(String originalName, String mediaType, long size, String storageKey, String text, Instant now) {
		if (status == OutputStatus.PUBLISHED) {
			throw new DomainRuleException("file", "A published output's files cannot change");
		}
		OutputFile file = new OutputFile(this, originalName, mediaType, size, storageKey, text, now);
		files.add(file);
		updatedAt = now;
		return file;
	}

	/**
	 * A report corrected and signed off again: the published output takes the new version's description and PDF at
	 * the same address; the earlier PDF stays listed, and harvesters see the record as changed.
	 */
	OutputFile newEdition(Metadata metadata, String originalName, String mediaType, long size, String storageKey,
			String text, Instant now) {
		if (status != OutputStatus.PUBLISHED || reportId == null || !reportId.equals(metadata.reportId())) {
			throw new DomainRuleException(null, "Only a published report takes a new edition");
		}
		describe(metadata);
		OutputFile file = new OutputFile(this, originalName, mediaType, size, storageKey, text, now);
		files.add(file);
		updatedAt = now;
		return file;
	}

	void approve(Long approverId, Instant now) {
		if (status != OutputStatus.PROPOSED) {
			throw new DomainRuleException(null, "Only a proposed output can be approved");
		}
		if (files.isEmpty() && type != OutputType.VIDEO_LINK) {
			throw new DomainRuleException(null, "An output needs at least one file before it is published");
		}
		status = OutputStatus.PUBLISHED;
		decidedBy = approverId;
		publishedAt = now;
		updatedAt = now;
	}

	void sendBack(Long approverId, String note, Instant now) {
		if (status != OutputStatus.PROPOSED) {
			throw new DomainRuleException(null, "Only a proposed output can be sent back");
		}
		if (note == null || note.isBlank()) {
			throw new DomainRuleException("note", "Say what the proposer should change");
		}
		status = OutputStatus.RETURNED;
		decidedBy = approverId;
		decisionNote = note.strip();
		updatedAt = now;
	}

	boolean isPublished() {
		return status == OutputStatus.PUBLISHED;
	}

	boolean proposedBy(Long personId) {
		return proposerId.equals(personId);
	}

	/** "Authors (2019) Title [Delivery guide]. Practice Exchange. Licence. URL" */
	String citation(String typeLabel, String url) {
		String year = publishedAt == null ? "n.d."
				: String.valueOf(publishedAt.atZone(org.practiceexchange.shared.TimeConfiguration.LONDON).getYear());
		return authors + " (" + year + ") " + title + " [" + typeLabel + "]. Practice Exchange. " + licence.label()
				+ ". Available at: " + url;
	}

	OutputSummary summary(String baseUrl) {
		return new OutputSummary(id, title, summary, authors, type, licence, programmeId, programmeName, cohortYear,
				List.copyOf(themes.values()), List.copyOf(organisations.values()), region, projectId, reportId, status,
				publishedAt, downloads, baseUrl + "/outputs/" + id);
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	String summaryText() {
		return summary;
	}

	String authors() {
		return authors;
	}

	OutputType type() {
		return type;
	}

	Licence licence() {
		return licence;
	}

	Long programmeId() {
		return programmeId;
	}

	String programmeName() {
		return programmeName;
	}

	Integer year() {
		return cohortYear;
	}

	String region() {
		return region;
	}

	Long projectId() {
		return projectId;
	}

	Long reportId() {
		return reportId;
	}

	Long proposerId() {
		return proposerId;
	}

	OutputStatus status() {
		return status;
	}

	String decisionNote() {
		return decisionNote;
	}

	Instant proposedAt() {
		return proposedAt;
	}

	Instant publishedAt() {
		return publishedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long downloads() {
		return downloads;
	}

	Map<Long, String> themes() {
		return themes;
	}

	Map<Long, String> organisations() {
		return organisations;
	}

	List<OutputFile> files() {
		return files;
	}
}
