package org.practiceexchange.organisation;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only: a handful of providers and partners in several regions. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("exchange.demo")
class DemoOrganisations implements ApplicationRunner {

	static final List<OrganisationForm> ORGANISATIONS = List.of(
			new OrganisationForm("Riverside College", OrganisationType.FE_COLLEGE, Region.WEST_MIDLANDS),
			new OrganisationForm("Northgate Sixth Form College", OrganisationType.SIXTH_FORM_COLLEGE, Region.NORTH_WEST),
			new OrganisationForm("Brookfield Adult Learning Service", OrganisationType.ADULT_COMMUNITY_LEARNING, Region.EAST_MIDLANDS),
			new OrganisationForm("Skillbridge Training", OrganisationType.INDEPENDENT_TRAINING_PROVIDER, Region.LONDON),
			new OrganisationForm("Harbourside Community School", OrganisationType.SCHOOL, Region.SOUTH_WEST),
			new OrganisationForm("University of Midshire", OrganisationType.UNIVERSITY, Region.WEST_MIDLANDS),
			new OrganisationForm("Foundry Engineering Ltd", OrganisationType.EMPLOYER, Region.YORKSHIRE_AND_THE_HUMBER),
			new OrganisationForm("Sector Research Network", OrganisationType.OTHER, Region.NATIONAL));

	private final Organisations organisations;

	private final OrganisationRepository repository;

	DemoOrganisations(Organisations organisations, OrganisationRepository repository) {
		this.organisations = organisations;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() == 0) {
			ORGANISATIONS.forEach(organisations::create);
		}
	}
}
