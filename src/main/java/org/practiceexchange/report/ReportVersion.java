package org.practiceexchange.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One version of a report's text and figures. The first is the report as written; each correction
 * after a sign-off adds the next. A version once signed off is never changed again.
 */
@Entity
@Table(name = "report_version")
class ReportVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Report report;

	private int number;

	private String title;

	private String summary;

	private String nature;

	private String contentLessons;

	private String processLessons;

	private String implications;

	private String contributions;

	private String outcomes;

	private Integer pages;

	private String correctionReason;

	private Instant createdAt;

	private Long createdBy;

	private Instant signedOffAt;

	private Long signedOffBy;

	@ElementCollection
	@CollectionTable(name = "report_measure", joinColumns = @JoinColumn(name = "report_version_id"))
	@OrderColumn(name = "position")
	private List<ReportMeasure> measures = new ArrayList<>();

	protected ReportVersion() {
	}

	ReportVersion(Report report, int number, Sections text, List<ReportMeasure> measures, String correctionReason,
			Long createdBy, Instant now) {
		this.report = report;
		this.number = number;
		this.measures = new ArrayList<>(measures);
		this.correctionReason = correctionReason;
		this.createdBy = createdBy;
		this.createdAt = now;
		write(text);
	}

	void write(Sections text) {
		if (signedOffAt != null) {
			throw new IllegalStateException("A signed-off version is never changed");
		}
		this.title = text.title() == null ? "Untitled report" : text.title();
		this.summary = text.summary();
		this.nature = text.nature();
		this.contentLessons = text.contentLessons();
		this.processLessons = text.processLessons();
		this.implications = text.implications();
		this.contributions = text.contributions();
		this.outcomes = text.outcomes();
	}

	void signOff(Long personId, Instant now) {
		this.signedOffBy = personId;
		this.signedOffAt = now;
	}

	/** The next version: the same text and figures, open for a correction. */
	ReportVersion correction(String reason, Long personId, Instant now) {
		ReportVersion next = new ReportVersion(report, number + 1, text(), measures.stream().map(ReportMeasure::copy).toList(),
				reason, personId, now);
		next.pages = pages;
		return next;
	}

	Sections text() {
		return new Sections(title, summary, nature, contentLessons, processLessons, implications, contributions, outcomes);
	}

	void countPages(int count) {
		this.pages = count;
	}

	int number() {
		return number;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	Integer pages() {
		return pages;
	}

	String correctionReason() {
		return correctionReason;
	}

	Instant createdAt() {
		return createdAt;
	}

	Long createdBy() {
		return createdBy;
	}

	Instant signedOffAt() {
		return signedOffAt;
	}

	Long signedOffBy() {
		return signedOffBy;
	}

	boolean signedOff() {
		return signedOffAt != null;
	}

	List<ReportMeasure> measures() {
		return measures;
	}
}
