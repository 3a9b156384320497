package org.practiceexchange.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.shared.export.Spreadsheets;
import org.practiceexchange.shared.web.HtmxFragment;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme manager's view of the audit trail: filter, page through, export as CSV. */
@Controller
@RequestMapping("/manage/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog audit;

	private final People people;

	AuditController(AuditLog audit, People people) {
		this.audit = audit;
		this.people = people;
	}

	@GetMapping
	@HtmxFragment("results")
	String list(@RequestParam(required = false) String action, @RequestParam(required = false) String recordType,
			@RequestParam(required = false) Long person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditLog.Filter filter = new AuditLog.Filter(action, recordType, person, from, to);
		Page<AuditLog.Event> events = audit.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("actions", audit.actions());
		model.addAttribute("recordTypes", audit.recordTypes());
		model.addAttribute("page", events);
		model.addAttribute("names", namesOf(events.getContent()));
		model.addAttribute("exportQuery", exportQuery(filter));
		return "privacy/audit";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) Long person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<AuditLog.Event> events = audit.all(new AuditLog.Filter(action, recordType, person, from, to));
		Map<Long, String> names = namesOf(events);
		List<List<?>> rows = events.stream()
			.<List<?>>map(event -> java.util.Arrays.asList(event.id(),
					WHEN.format(event.occurredAt().atZone(AuditLog.LONDON)), event.actorId(),
					event.actorId() == null ? null : names.get(event.actorId()), event.action(), event.recordType(),
					event.recordId(), event.before(), event.after()))
			.toList();
		byte[] csv = Spreadsheets.csv(List.of("id", "when (UK time)", "person id", "person", "action", "record type",
				"record id", "before", "after"), rows);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"")
			.body(csv);
	}

	private Map<Long, String> namesOf(List<AuditLog.Event> events) {
		Set<Long> ids = new HashSet<>();
		events.stream().map(AuditLog.Event::actorId).filter(Objects::nonNull).forEach(ids::add);
		events.stream()
			.filter(event -> "Person".equals(event.recordType()) && event.recordId() != null)
			.forEach(event -> ids.add(event.recordId()));
		return people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::name, (a, b) -> a));
	}

	private static String exportQuery(AuditLog.Filter filter) {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/manage/audit/export.csv");
		Function<Object, Boolean> present = value -> value != null && !value.toString().isBlank();
		if (present.apply(filter.action())) {
			uri.queryParam("action", filter.action());
		}
		if (present.apply(filter.recordType())) {
			uri.queryParam("recordType", filter.recordType());
		}
		if (filter.personId() != null) {
			uri.queryParam("person", filter.personId());
		}
		if (filter.from() != null) {
			uri.queryParam("from", filter.from());
		}
		if (filter.to() != null) {
			uri.queryParam("to", filter.to());
		}
		return uri.encode().build().toUriString();
	}
}
