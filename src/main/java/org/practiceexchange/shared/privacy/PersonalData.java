package org.practiceexchange.shared.privacy;

import java.util.Collection;
import java.util.Map;

/**
 * A module's part of a person's subject access export ({@code /api/me/export}). Each module that
 * keeps data about people implements it for its own records (a package-private {@code @Component}),
 * so the export grows with the product without opening any module's insides. The privacy module
 * gathers every part, sorted by section.
 */
public interface PersonalData {

	/** The key of this module's part of the export, e.g. {@code "inquiries"}. */
	String section();

	/** Everything this module holds about the person, as records, lists or maps that JSON can write. */
	Object export(DataSubject person);

	/**
	 * Whether this module keeps records of the person that must keep them (an unverified
	 * registration with such records is not removed by retention). By default: the export holds
	 * something other than empty lists and maps.
	 */
	default boolean holdsRecordsOf(DataSubject person) {
		return holdsSomething(export(person));
	}

	private static boolean holdsSomething(Object export) {
		if (export == null) {
			return false;
		}
		if (export instanceof Collection<?> collection) {
			return !collection.isEmpty();
		}
		if (export instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(PersonalData::holdsSomething);
		}
		return true;
	}
}
