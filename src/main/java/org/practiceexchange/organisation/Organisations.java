package org.practiceexchange.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The organisation module's public API. */
public interface Organisations {

	Optional<OrganisationSummary> find(Long id);

	List<OrganisationSummary> findAll(Collection<Long> ids);

	/** Every organisation, by name: for choosing one in a form. */
	List<OrganisationSummary> all();

	Page<OrganisationSummary> search(String query, OrganisationType type, Region region, Pageable pageable);

	OrganisationSummary create(OrganisationForm form);

	OrganisationSummary update(Long id, OrganisationForm form);
}
