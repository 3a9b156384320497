package org.practiceexchange.resource;

import java.util.List;
import java.util.Map;

import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.browser.FormErrorPages;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.springframework.stereotype.Component;

/** A proposed output's page: sent back without a note, and a file added without choosing one. */
@Component
class ResourceFormErrorPages implements FormErrorPages {

	private final ResourceFixtures fixtures;

	private final ProgrammeFixtures programmes;

	ResourceFormErrorPages(ResourceFixtures fixtures, ProgrammeFixtures programmes) {
		this.fixtures = fixtures;
		this.programmes = programmes;
	}

	@Override
	public List<BadInput> badInputs() {
		SignedInPerson practitioner = fixtures.practitioner();
		Output output = fixtures.proposedBy(practitioner, fixtures.proposal(AccountFixtures.unique("Cards"), OutputType.ACTIVITY_SET,
				Licence.CC_BY_4_0, null, null, List.of(programmes.themeId("English")), null), "Cards for fractions");
		String page = "/outputs/" + output.id();
		return List.of(
				new BadInput(fixtures.manager().email(), page, Map.of("sendBack-note", ""), "#sendBack-form button[type=submit]"),
				new BadInput(practitioner.email(), page, Map.of(), "#upload-form button[type=submit]"));
	}
}
