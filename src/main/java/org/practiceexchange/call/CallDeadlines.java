package org.practiceexchange.call;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.account.Role;
import org.practiceexchange.notification.Mail;
import org.practiceexchange.shared.TimeConfiguration;
import org.practiceexchange.shared.privacy.Audit;
import org.practiceexchange.shared.web.UkTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager extends a published call's deadline or closes it early, always with a reason. Only the
 * deadline moves: every other published term stays as it was. Each change is kept in the call's
 * history and the audit trail, and everyone working on a draft on the call (its lead, and the
 * provider leads of the lead and confirmed partner organisations) is told by e-mail.
 */
@Service
@Transactional
class CallDeadlines {

	private final CallService calls;

	private final CallChangeRepository changes;

	private final ProposalRepository proposals;

	private final People people;

	private final Mail mail;

	private final Audit audit;

	private final UkTime ukTime;

	private final Clock clock;

	private final String baseUrl;

	CallDeadlines(CallService calls, CallChangeRepository changes, ProposalRepository proposals, People people, Mail mail,
			Audit audit, UkTime ukTime, Clock clock, @Value("${exchange.base-url}") String baseUrl) {
		this.calls = calls;
		this.changes = changes;
		this.proposals = proposals;
		this.people = people;
		this.mail = mail;
		this.audit = audit;
		this.ukTime = ukTime;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** One line of a call's history, as the manager's page shows it. */
	record Change(Instant changedAt, String changedByName, CallChange.Kind kind, Instant closesBefore, Instant closesAfter,
			String reason) {
	}

	void extend(Long managerId, Long callId, ProposalForms.Extend form) {
		FundingCall call = calls.load(callId);
		Instant before = call.closesAt();
		Instant now = clock.instant();
		call.extendDeadline(form.closesAt().atZone(TimeConfiguration.LONDON).toInstant(), now);
		changed(call, managerId, CallChange.Kind.EXTENDED, before, form.reason().strip(), now);
	}

	void closeEarly(Long managerId, Long callId, ProposalForms.CloseEarly form) {
		FundingCall call = calls.load(callId);
		Instant before = call.closesAt();
		Instant now = clock.instant();
		call.closeEarly(now);
		changed(call, managerId, CallChange.Kind.CLOSED_EARLY, before, form.reason().strip(), now);
	}

	/** The call's deadline changes, newest first. */
	@Transactional(readOnly = true)
	List<Change> history(Long callId) {
		List<CallChange> all = changes.findByCallIdOrderByChangedAtDescIdDesc(callId);
		Map<Long, String> names = people.findAll(all.stream().map(CallChange::changedBy).distinct().toList()).stream()
			.collect(Collectors.toMap(PersonSummary::id, PersonSummary::name));
		return all.stream().map(c -> new Change(c.changedAt(), names.getOrDefault(c.changedBy(), ""), c.kind(),
				c.closesBefore(), c.closesAfter(), c.reason())).toList();
	}

	private void changed(FundingCall call, Long managerId, CallChange.Kind kind, Instant before, String reason, Instant now) {
		changes.save(new CallChange(call.id(), now, managerId, kind, before, call.closesAt(), reason));
		audit.record(kind == CallChange.Kind.EXTENDED ? "CALL_DEADLINE_EXTENDED" : "CALL_CLOSED_EARLY", "Call",
				call.id(), "closesAt=" + before, "closesAt=" + call.closesAt() + "; reason=" + reason);
		String what = kind == CallChange.Kind.EXTENDED
				? "The deadline of \"" + call.title() + "\" has been extended from " + ukTime.dateTime(before) + " to "
						+ ukTime.dateTime(call.closesAt()) + ". Nothing else about the call has changed."
				: "\"" + call.title() + "\" has been closed early, at " + ukTime.dateTime(call.closesAt())
						+ " (its deadline was " + ukTime.dateTime(before) + "): draft proposals can no longer be submitted.";
		String subject = (kind == CallChange.Kind.EXTENDED ? "Deadline extended: " : "Call closed early: ") + call.title();
		for (PersonSummary person : people.findAll(List.copyOf(draftHolders(call)))) {
			mail.send(person.email(), subject, "Hello " + person.name() + ",\n\n" + what + "\n\nThe reason given: " + reason
					+ "\n\nYour proposals: " + baseUrl + "/my/proposals\n");
		}
	}

	/** Everyone working on a draft of the call: each draft's lead and the provider leads of the organisations writing it. */
	private Set<Long> draftHolders(FundingCall call) {
		List<Proposal> drafts = proposals.findByCallIdAndStatusOrderByIdAsc(call.id(), ProposalStatus.DRAFT);
		Set<Long> recipients = new LinkedHashSet<>();
		drafts.forEach(p -> recipients.add(p.leadPersonId()));
		Set<Long> writing = new LinkedHashSet<>();
		drafts.forEach(p -> writing.addAll(p.writingOrganisationIds()));
		if (!writing.isEmpty()) {
			people.withRole(Role.PROVIDER_LEAD).stream()
				.filter(lead -> lead.organisationIds().stream().anyMatch(writing::contains))
				.forEach(lead -> recipients.add(lead.id()));
		}
		return recipients;
	}
}
