package org.practiceexchange.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.export.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme manager's download of the outputs repository, CSV or XLSX: every output whatever
 * its status (or those of one status), one row each, by title. Under {@code /manage}, so only a
 * programme manager reaches it.
 */
@Controller
@RequestMapping("/manage/outputs")
class OutputExportController {

	private final OutputService outputs;

	private final MessageSource messages;

	OutputExportController(OutputService outputs, MessageSource messages) {
		this.outputs = outputs;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) OutputStatus status) {
		return Downloads.csv("outputs", header(), rows(status));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) OutputStatus status) {
		return Downloads.xlsx("outputs", text("outputs.export.sheet"), header(), rows(status));
	}

	private List<String> header() {
		return List.of(text("output.title"), text("output.authors"), text("output.type"), text("output.licence"),
				text("output.programme"), text("outputs.export.year"), text("outputs.export.region"),
				text("outputs.export.project"), text("output.themes"), text("outputs.export.organisations"),
				text("output.status"), text("output.proposed"), text("output.published"), text("outputs.export.downloads"));
	}

	private List<List<Object>> rows(OutputStatus status) {
		List<Output> found = outputs.every(status);
		Map<Long, String> projects = outputs.projectTitles(found);
		return found.stream().map(output -> Arrays.<Object>asList(output.title(), output.authors(),
				text("outputType." + output.type()), label("licence." + output.licence(), output.licence().label()),
				output.programmeName(), output.year(),
				output.region() == null ? null : label("region." + output.region(), output.region()),
				output.projectId() == null ? null : projects.get(output.projectId()),
				String.join("; ", output.themes().values()), String.join("; ", output.organisations().values()),
				text("outputStatus." + output.status()), Downloads.ukTime(output.proposedAt()),
				Downloads.ukTime(output.publishedAt()), output.downloads()))
			.toList();
	}

	private String label(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
