package org.practiceexchange.shared.privacy;

/**
 * A module's part of a person's subject access export ({@code /api/me/export}). Each module that
 * keeps data about people implements it for its own records, so the export grows with the product
 * without opening any module's insides.
 */
public interface PersonalData {

	/** The key of this module's part of the export, e.g. {@code "inquiries"}. */
	String section();

	/** Everything this module holds about the person, as records, lists or maps that JSON can write. */
	Object export(long personId);
}
