package org.practiceexchange.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.practiceexchange.shared.export.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A programme manager's downloads, CSV and XLSX, beside the calls list and each call's page: the
 * calls; a call's proposals with their scores (one row per submitted proposal: the mean weighted
 * score and the mean on each criterion); a call's reviews (one row per reviewer assignment).
 */
@Controller
@RequestMapping("/manage/calls")
class CallExportController {

	private final CallService calls;

	private final ReviewService reviews;

	private final MessageSource messages;

	CallExportController(CallService calls, ReviewService reviews, MessageSource messages) {
		this.calls = calls;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> callsCsv() {
		return Downloads.csv("calls", callsHeader(), callsRows());
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> callsXlsx() {
		return Downloads.xlsx("calls", text("calls.manage.title"), callsHeader(), callsRows());
	}

	@GetMapping("/{id}/proposals/export.csv")
	ResponseEntity<byte[]> proposalsCsv(@PathVariable Long id) {
		CallView call = calls.find(id);
		return Downloads.csv("call-" + id + "-proposals", proposalsHeader(call), proposalsRows(call));
	}

	@GetMapping("/{id}/proposals/export.xlsx")
	ResponseEntity<byte[]> proposalsXlsx(@PathVariable Long id) {
		CallView call = calls.find(id);
		return Downloads.xlsx("call-" + id + "-proposals", text("ranking.title"), proposalsHeader(call),
				proposalsRows(call));
	}

	@GetMapping("/{id}/reviews/export.csv")
	ResponseEntity<byte[]> reviewsCsv(@PathVariable Long id) {
		CallView call = calls.find(id);
		return Downloads.csv("call-" + id + "-reviews", reviewsHeader(call), reviewsRows(call));
	}

	@GetMapping("/{id}/reviews/export.xlsx")
	ResponseEntity<byte[]> reviewsXlsx(@PathVariable Long id) {
		CallView call = calls.find(id);
		return Downloads.xlsx("call-" + id + "-reviews", text("callExport.reviews.sheet"), reviewsHeader(call),
				reviewsRows(call));
	}

	private List<String> callsHeader() {
		return List.of(text("call.title"), text("call.programme"), text("call.status"), text("call.opens"),
				text("call.closes"), text("call.capacity"), text("callExport.budget"), text("call.minimumPartners"),
				text("callExport.submitted"), text("decision.FUND"));
	}

	private List<List<Object>> callsRows() {
		return calls.all().stream().map(call -> {
			List<Ranking.Row> ranking = reviews.ranking(call.id());
			long funded = ranking.stream().filter(row -> row.decision() == Decision.FUND).count();
			return Arrays.<Object>asList(call.title(), call.programmeName(), text("callStatus." + call.status()),
					Downloads.ukTime(call.opensAt()), Downloads.ukTime(call.closesAt()), call.capacity(),
					call.budgetPerProject(), call.minimumPartners(), ranking.size(), funded);
		}).toList();
	}

	private List<String> proposalsHeader(CallView call) {
		List<String> header = new ArrayList<>(List.of(text("ranking.rank"), text("proposal.title"), text("proposal.lead"),
				text("callExport.reviewsSubmitted"), text("callExport.reviewersAssigned"), text("ranking.score"),
				text("ranking.spread")));
		call.criteria().forEach(criterion -> header.add(text("callExport.criterionMean", criterion.name())));
		header.addAll(List.of(text("moderation.score", call.scoreMax()), text("moderation.reason"),
				text("callExport.decision"), text("callExport.released")));
		return header;
	}

	private List<List<Object>> proposalsRows(CallView call) {
		List<Ranking.Row> ranking = reviews.ranking(call.id());
		Map<Long, List<BigDecimal>> means = reviews.criterionMeans(call.id());
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < ranking.size(); i++) {
			Ranking.Row row = ranking.get(i);
			List<Object> cells = new ArrayList<>(Arrays.asList(i + 1, row.title(), row.leadOrganisation(), row.reviews(),
					row.assigned(), row.meanScore(), row.spread()));
			List<BigDecimal> criterionMeans = means.get(row.proposalId());
			for (int c = 0; c < call.criteria().size(); c++) {
				cells.add(criterionMeans == null ? null : criterionMeans.get(c));
			}
			cells.addAll(Arrays.asList(row.moderatedScore(), row.moderationReason(),
					row.decision() == null ? text("callExport.undecided") : text("decision." + row.decision()),
					text(row.released() ? "callExport.yes" : "callExport.no")));
			rows.add(cells);
		}
		return rows;
	}

	private List<String> reviewsHeader(CallView call) {
		List<String> header = new ArrayList<>(List.of(text("proposal.title"), text("callExport.reviewer"),
				text("callExport.reviewStatus")));
		call.criteria().forEach(criterion -> header.add(criterion.name()));
		header.addAll(List.of(text("ranking.score"), text("callExport.recommendation"), text("callExport.assignedAt"),
				text("callExport.submittedAt"), text("callExport.comment"), text("callExport.conflict")));
		return header;
	}

	private List<List<Object>> reviewsRows(CallView call) {
		return reviews.reviewLines(call.id()).stream().map(line -> {
			List<Object> cells = new ArrayList<>(Arrays.asList(line.proposalTitle(), line.reviewerName(),
					text("assignmentStatus." + line.status())));
			for (int c = 0; c < call.criteria().size(); c++) {
				cells.add(line.status() == AssignmentStatus.SUBMITTED && line.scores().size() > c
						? line.scores().get(c).score() : null);
			}
			cells.addAll(Arrays.asList(line.weightedScore(),
					line.recommendation() == null ? null : text("decision." + line.recommendation()),
					Downloads.ukTime(line.assignedAt()), Downloads.ukTime(line.submittedAt()), line.overallComment(),
					line.conflictReason()));
			return cells;
		}).toList();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
