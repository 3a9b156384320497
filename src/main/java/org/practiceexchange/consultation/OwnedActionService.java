package org.practiceexchange.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practiceexchange.organisation.OrganisationSummary;
import org.practiceexchange.organisation.Organisations;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recommendations turned into actions that organisations own, followed in public after the consultation. */
@Service
@Transactional(readOnly = true)
class OwnedActionService {

	record ActionView(Long id, Long recommendationId, String recommendation, String owner, String title, ActionStatus status,
			LocalDate dueOn, List<OwnedAction.Note> notes) {

		public boolean finished() {
			return status == ActionStatus.DONE || status == ActionStatus.DROPPED;
		}
	}

	private final OwnedActionRepository actions;

	private final ConsultationService consultations;

	private final Organisations organisations;

	private final Clock clock;

	private final Audit audit;

	OwnedActionService(Audit audit, OwnedActionRepository actions, ConsultationService consultations, Organisations organisations, Clock clock) {
		this.audit = audit;
		this.actions = actions;
		this.consultations = consultations;
		this.organisations = organisations;
		this.clock = clock;
	}

	List<ActionView> list(Long consultationId) {
		ConsultationView view = consultations.get(consultationId);
		List<OwnedAction> all = actions.findByConsultationIdOrderByIdAsc(consultationId);
		Map<Long, OrganisationSummary> owners = organisations.findAll(all.stream().map(OwnedAction::ownerOrganisationId).toList())
			.stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
		return all.stream().map(a -> {
			ConsultationView.RecommendationView r = view.recommendation(a.recommendationId());
			OrganisationSummary owner = owners.get(a.ownerOrganisationId());
			return new ActionView(a.id(), a.recommendationId(), r == null ? "" : r.number() + ". " + r.text(),
					owner == null ? "" : owner.name(), a.title(), a.status(), a.dueOn(), List.copyOf(a.notes()));
		}).toList();
	}

	@Transactional
	Long add(Long consultationId, ActionForm form) {
		ConsultationView view = consultations.get(consultationId);
		if (view.draft()) {
			throw new DomainRuleException(null, "Actions follow an open or closed consultation: open it first");
		}
		if (view.recommendation(form.recommendationId()) == null) {
			throw new DomainRuleException("recommendationId", "Choose a recommendation from the list");
		}
		if (organisations.find(form.ownerOrganisationId()).isEmpty()) {
			throw new DomainRuleException("ownerOrganisationId", "Choose an organisation from the list");
		}
		Long id = actions.save(new OwnedAction(consultationId, form.recommendationId(), form.ownerOrganisationId(),
				form.title(), form.dueOn(), clock.instant())).id();
		audit.record("CONSULTATION_ACTION_ADDED", "OwnedAction", id, null, "status=" + ActionStatus.PLANNED
				+ "; consultation=" + consultationId + "; owner=" + form.ownerOrganisationId());
		return id;
	}

	@Transactional
	void progress(Long consultationId, Long actionId, ActionStatus status, String note, Long managerId) {
		OwnedAction action = actions.findById(actionId).filter(a -> a.consultationId().equals(consultationId))
			.orElseThrow(() -> new RecordNotFoundException("Action", actionId));
		ActionStatus before = action.status();
		action.progress(status, note, managerId, clock.instant());
		audit.record("CONSULTATION_ACTION_PROGRESSED", "OwnedAction", actionId, "status=" + before,
				"status=" + action.status());
	}

	List<OrganisationSummary> organisations() {
		return organisations.all();
	}
}
