package org.practiceexchange.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PeopleDirectory implements People {

	private final PersonRepository people;

	PeopleDirectory(PersonRepository people) {
		this.people = people;
	}

	@Override
	public Optional<PersonSummary> find(Long id) {
		return people.findById(id).map(Person::summary);
	}

	@Override
	public List<PersonSummary> findAll(Collection<Long> ids) {
		return people.findAllById(ids).stream().map(Person::summary).sorted(Comparator.comparing(PersonSummary::name)).toList();
	}

	@Override
	public List<PersonSummary> withRole(Role role) {
		return people.findActiveWithRole(role).stream().map(Person::summary).toList();
	}

	@Override
	public Optional<PersonSummary> findByEmail(String email) {
		return email == null ? Optional.empty() : people.findByEmail(email.strip().toLowerCase()).map(Person::summary);
	}

	Page<PersonSummary> search(String query, Role role, PersonStatus status, Pageable pageable) {
		String text = query == null || query.isBlank() ? null : query.strip();
		return people.search(text, role, status, pageable).map(Person::summary);
	}
}
