package org.practiceexchange.inquiry;

import java.util.Arrays;
import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.shared.export.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme manager's download of every inquiry's progress (the inquiries list, with its stage
 * filter): one row per inquiry with its practitioner, project and stage; withdrawn inquiries are left out. Under {@code /manage}, so
 * only a programme manager reaches it.
 */
@Controller
@RequestMapping("/manage/inquiries")
class InquiryExportController {

	private final InquiryService inquiries;

	private final MessageSource messages;

	InquiryExportController(InquiryService inquiries, MessageSource messages) {
		this.inquiries = inquiries;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInPerson me, @RequestParam(required = false) Stage stage) {
		return Downloads.csv("inquiries", header(), rows(me, stage));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInPerson me, @RequestParam(required = false) Stage stage) {
		return Downloads.xlsx("inquiries", text("inquiries.title"), header(), rows(me, stage));
	}

	private List<String> header() {
		return List.of(text("inquiry.column.title"), text("inquiry.column.practitioner"), text("inquiry.column.project"),
				text("inquiry.column.stage"), text("inquiries.export.stageNumber", Stage.values().length));
	}

	private List<List<Object>> rows(SignedInPerson me, Stage stage) {
		return inquiries.visibleTo(me, stage, Pageable.unpaged()).stream()
			.filter(line -> !line.withdrawn())
			.map(line -> Arrays.<Object>asList(line.title(), line.practitionerName(), line.projectTitle(),
					text("stage." + line.stage()), line.stage().ordinal() + 1))
			.toList();
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
