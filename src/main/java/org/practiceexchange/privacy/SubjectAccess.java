package org.practiceexchange.privacy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.practiceexchange.account.People;
import org.practiceexchange.account.PersonSummary;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's subject access export: every module's {@link PersonalData} part under its section,
 * sorted by section, read in one transaction so the parts agree with each other.
 */
@Component
class SubjectAccess {

	private final List<PersonalData> parts;

	private final People people;

	SubjectAccess(List<PersonalData> parts, People people) {
		this.parts = parts;
		this.people = people;
	}

	@Transactional(readOnly = true)
	Map<String, Object> exportOf(long personId) {
		PersonSummary person = people.find(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
		DataSubject subject = new DataSubject(person.id(), person.email());
		Map<String, Object> export = new TreeMap<>();
		for (PersonalData part : parts) {
			Object previous = export.put(part.section(), part.export(subject));
			if (previous != null) {
				throw new IllegalStateException("Two modules export the section " + part.section());
			}
		}
		return export;
	}
}
