package org.practiceexchange.consultation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.Role;
import org.practiceexchange.browser.FormErrorPages;
import org.practiceexchange.organisation.OrganisationType;
import org.practiceexchange.organisation.Region;
import org.springframework.stereotype.Component;

/** An open consultation's actions, free-text answers and categories, each row's form sent with bad input. */
@Component
class ConsultationFormErrorPages implements FormErrorPages {

	private final ConsultationFixtures fixtures;

	private final AccountFixtures accounts;

	private final OwnedActionService actions;

	private final ResponseService responses;

	private final AnalysisService analysis;

	ConsultationFormErrorPages(ConsultationFixtures fixtures, AccountFixtures accounts, OwnedActionService actions,
			ResponseService responses, AnalysisService analysis) {
		this.fixtures = fixtures;
		this.accounts = accounts;
		this.actions = actions;
		this.responses = responses;
		this.analysis = analysis;
	}

	@Override
	public List<BadInput> badInputs() {
		Long id = fixtures.anOpenConsultation();
		ConsultationView view = fixtures.view(id);
		actions.add(id, new ActionForm(view.recommendations().get(0).id(), accounts.anOrganisation().id(), "Write the guidance", null));
		Long action = actions.list(id).get(0).id();
		Map<String, String> answers = new HashMap<>();
		view.questions().stream().filter(q -> q.kind() == QuestionKind.SCALE && q.required()).forEach(q -> answers.put("q-" + q.id(), "3"));
		view.questions().stream().filter(q -> q.kind() == QuestionKind.FREE_TEXT).findFirst()
			.ifPresent(q -> answers.put("q-" + q.id(), "Time for joint practice development"));
		String token = responses.start(id, null, "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(200));
		responses.save(token, new ResponseForm(null, RespondentRole.TEACHER_OR_TRAINER, OrganisationType.FE_COLLEGE, Region.LONDON, null),
				answers, true);
		Long answer = analysis.texts(id, null, null, null, 0).get(0).id();
		Long category = view.categories().get(0).id();
		String manager = accounts.aPerson(Role.PROGRAMME_MANAGER).email();
		String manage = "/manage/consultations/" + id;
		return List.of(
				new BadInput(manager, manage + "/actions", Map.of("action-" + action + "-note", ""),
						"#action-" + action + "-form button[type=submit]"),
				new BadInput(manager, manage + "/answers", Map.of("answer-" + answer + "-code", "leadership and management development ".repeat(3)),
						"#answer-" + answer + "-form button[type=submit]"),
				new BadInput(manager, manage + "/categories", Map.of("category-" + category + "-name", ""),
						"button[form=category-" + category + "-form]"));
	}
}
