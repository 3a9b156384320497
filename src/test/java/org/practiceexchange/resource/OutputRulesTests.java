package org.practiceexchange.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceexchange.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on outputs, cascade records and files, without Spring. */
class OutputRulesTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static Output proposed(OutputType type) {
		return Output.propose(new Output.Metadata("Title", "Summary", "Ann Author", type, Licence.CC_BY_4_0, null, null,
				2019, Map.of(1L, "ESOL"), Map.of(), null, null, null), 7L, NOW);
	}

	@Test
	void outputNeedsAFileBeforeItIsPublished() {
		Output output = proposed(OutputType.DELIVERY_GUIDE);
		assertThatThrownBy(() -> output.approve(1L, NOW)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("at least one file");
		output.attach("guide.pdf", "application/pdf", 10, "key", "text", NOW);
		output.approve(1L, NOW);
		assertThat(output.status()).isEqualTo(OutputStatus.PUBLISHED);
		assertThat(output.publishedAt()).isEqualTo(NOW);
	}

	@Test
	void publishedOutputsFilesCannotChange() {
		Output output = proposed(OutputType.VIDEO_LINK);
		output.approve(1L, NOW);
		assertThatThrownBy(() -> output.attach("x.pdf", "application/pdf", 10, "key", null, NOW))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> output.approve(1L, NOW)).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void onlyAPublishedReportTakesANewEdition() {
		Output.Metadata report = new Output.Metadata("Report, corrected", "Summary", "Ann", OutputType.REPORT,
				Licence.CC_BY_4_0, null, null, 2026, Map.of(1L, "ESOL"), Map.of(), null, 3L, 9L);
		Output guide = proposed(OutputType.DELIVERY_GUIDE);
		guide.attach("guide.pdf", "application/pdf", 10, "key", "text", NOW);
		guide.approve(1L, NOW);
		assertThatThrownBy(() -> guide.newEdition(report, "report-v2.pdf", "application/pdf", 10, "key2", null, NOW))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("Only a published report");

		Output output = Output.propose(new Output.Metadata("Report", "Summary", "Ann", OutputType.REPORT, Licence.CC_BY_4_0,
				null, null, 2026, Map.of(1L, "ESOL"), Map.of(), null, 3L, 9L), 7L, NOW);
		output.attach("report-v1.pdf", "application/pdf", 10, "key1", null, NOW);
		assertThatThrownBy(() -> output.newEdition(report, "report-v2.pdf", "application/pdf", 10, "key2", null, NOW))
			.as("not published yet").isInstanceOf(DomainRuleException.class);
		output.approve(1L, NOW);
		Instant later = NOW.plusSeconds(3600);
		output.newEdition(report, "report-v2.pdf", "application/pdf", 10, "key2", null, later);
		assertThat(output.title()).isEqualTo("Report, corrected");
		assertThat(output.files()).extracting(OutputFile::originalName).containsExactly("report-v1.pdf", "report-v2.pdf");
		assertThat(output.updatedAt()).as("harvesters see the record as changed").isEqualTo(later);
		assertThat(output.publishedAt()).isEqualTo(NOW);
	}

	@Test
	void sendingBackNeedsANoteAndAllowsRevision() {
		Output output = proposed(OutputType.VIDEO_LINK);
		assertThatThrownBy(() -> output.sendBack(1L, " ", NOW)).isInstanceOf(DomainRuleException.class);
		output.sendBack(1L, "Add the tutor notes", NOW);
		assertThat(output.status()).isEqualTo(OutputStatus.RETURNED);
		output.revise(new Output.Metadata("New title", "Summary", "Ann", OutputType.VIDEO_LINK, Licence.CC_BY_4_0, null,
				null, null, Map.of(1L, "ESOL"), Map.of(), null, null, null), NOW);
		assertThat(output.status()).isEqualTo(OutputStatus.PROPOSED);
		assertThat(output.title()).isEqualTo("New title");
		assertThatThrownBy(() -> output.revise(null, NOW)).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void outputNeedsATheme() {
		assertThatThrownBy(() -> Output.propose(new Output.Metadata("T", "S", "A", OutputType.OTHER, Licence.CC_BY_4_0,
				null, null, null, Map.of(), Map.of(), null, null, null), 7L, NOW))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void citationNamesAuthorsYearTitleTypeLicenceAndAddress() {
		Output output = proposed(OutputType.VIDEO_LINK);
		output.approve(1L, Instant.parse("2019-06-01T10:00:00Z"));
		assertThat(output.citation("Video link", "http://x/outputs/1"))
			.isEqualTo("Ann Author (2019) Title [Video link]. Practice Exchange. CC BY 4.0. Available at: http://x/outputs/1");
	}

	@Test
	void cascadeRecordRefusesFutureDatesAndImpossibleCounts() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThatThrownBy(() -> new CascadeRecord(1L, today.plusDays(1), Audience.OWN_TEAM, SharingMode.ONLINE, 3, null,
				null, null, null, today, NOW)).isInstanceOf(DomainRuleException.class).hasMessageContaining("future");
		assertThatThrownBy(() -> new CascadeRecord(1L, today, Audience.OWN_TEAM, SharingMode.ONLINE, 0, null, null,
				null, null, today, NOW)).isInstanceOf(DomainRuleException.class);
		assertThat(new CascadeRecord(1L, today, Audience.OWN_TEAM, SharingMode.ONLINE, 12, null, null, null, " ", today,
				NOW).note()).isNull();
	}

	@Test
	void inspectorTakesPdfsAndImagesByContentAndExtractsText(@TempDir Path dir) throws Exception {
		FileInspector inspector = new FileInspector(1024 * 1024);
		Path pdf = Files.write(dir.resolve("a"), ResourceFixtures.pdf("Screening", "Phonological awareness tasks"));
		FileInspector.Inspected inspected = inspector.inspect(pdf, "screening.pdf", Files.size(pdf));
		assertThat(inspected.mediaType()).isEqualTo("application/pdf");
		assertThat(inspected.text()).contains("Phonological awareness");
		Path png = Files.write(dir.resolve("b"), ResourceFixtures.png());
		assertThat(inspector.inspect(png, "poster.png", Files.size(png)).mediaType()).isEqualTo("image/png");
	}

	@Test
	void inspectorRefusesAFileThatIsNotWhatItsNameSays(@TempDir Path dir) throws Exception {
		FileInspector inspector = new FileInspector(1024 * 1024);
		Path pdf = Files.write(dir.resolve("a"), ResourceFixtures.pdf("Guide", "Text"));
		assertThatThrownBy(() -> inspector.inspect(pdf, "guide.docx", Files.size(pdf)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("The file is called guide.docx but its content is a PDF: rename it or choose the right file");
	}

	@Test
	void inspectorRefusesTypesWeDoNotTakeAndFilesOverTheLimit(@TempDir Path dir) throws Exception {
		FileInspector inspector = new FileInspector(100);
		Path script = Files.writeString(dir.resolve("s"), "#!/bin/sh\necho hello\n");
		assertThatThrownBy(() -> inspector.inspect(script, "notes.pdf", Files.size(script)))
			.isInstanceOf(DomainRuleException.class).hasMessageContaining("must be a PDF, DOCX");
		Path big = Files.write(dir.resolve("big"), new byte[200]);
		assertThatThrownBy(() -> inspector.inspect(big, "big.pdf", 200)).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("smaller than");
		assertThatThrownBy(() -> inspector.inspect(big, "empty.pdf", 0)).isInstanceOf(DomainRuleException.class)
			.hasMessage("The file is empty");
	}
}
