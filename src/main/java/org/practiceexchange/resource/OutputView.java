package org.practiceexchange.resource;

import java.time.Instant;
import java.util.List;

/** An output as its pages show it. */
record OutputView(Long id, String title, String summary, String authors, OutputType type, Licence licence,
		Long programmeId, String programmeName, Integer year, List<String> themes, List<String> organisations,
		String region, OutputStatus status, String decisionNote, Instant proposedAt, Instant publishedAt, long downloads,
		List<FileView> files, String url, boolean mayApprove, boolean mine) {

	record FileView(Long id, String name, String mediaType, String size, long downloads) {
	}

	static OutputView of(Output output, String baseUrl, boolean mayApprove, boolean mine) {
		return new OutputView(output.id(), output.title(), output.summaryText(), output.authors(), output.type(),
				output.licence(), output.programmeId(), output.programmeName(), output.year(),
				List.copyOf(output.themes().values()), List.copyOf(output.organisations().values()), output.region(),
				output.status(), output.decisionNote(), output.proposedAt(), output.publishedAt(), output.downloads(),
				output.files().stream()
					.map(f -> new FileView(f.id(), f.originalName(), f.mediaType(), f.readableSize(), f.downloads()))
					.toList(),
				baseUrl + "/outputs/" + output.id(), mayApprove, mine);
	}

	public boolean published() {
		return status == OutputStatus.PUBLISHED;
	}
}
