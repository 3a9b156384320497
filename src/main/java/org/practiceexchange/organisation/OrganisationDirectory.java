package org.practiceexchange.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationDirectory implements Organisations {

	private final OrganisationRepository organisations;

	private final Clock clock;

	OrganisationDirectory(OrganisationRepository organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	public Optional<OrganisationSummary> find(Long id) {
		return organisations.findById(id).map(Organisation::summary);
	}

	@Override
	public List<OrganisationSummary> findAll(Collection<Long> ids) {
		return organisations.findAllById(ids).stream().map(Organisation::summary)
			.sorted(java.util.Comparator.comparing(OrganisationSummary::name)).toList();
	}

	@Override
	public List<OrganisationSummary> all() {
		return organisations.findAll(Sort.by("name")).stream().map(Organisation::summary).toList();
	}

	@Override
	public Page<OrganisationSummary> search(String query, OrganisationType type, Region region, Pageable pageable) {
		String text = query == null || query.isBlank() ? null : query.strip();
		return organisations.search(text, type, region, pageable).map(Organisation::summary);
	}

	@Override
	@Transactional
	public OrganisationSummary create(OrganisationForm form) {
		if (organisations.existsByNameIgnoreCase(form.name().strip())) {
			throw new DomainRuleException("name", "An organisation with this name already exists");
		}
		return organisations.save(new Organisation(form, clock.instant())).summary();
	}

	@Override
	@Transactional
	public OrganisationSummary update(Long id, OrganisationForm form) {
		Organisation organisation = organisations.findById(id).orElseThrow(() -> new RecordNotFoundException("Organisation", id));
		if (organisations.existsByNameIgnoreCaseAndIdNot(form.name().strip(), id)) {
			throw new DomainRuleException("name", "An organisation with this name already exists");
		}
		organisation.change(form);
		return organisation.summary();
	}
}
