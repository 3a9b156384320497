package org.practiceexchange.shared;

/** Thrown when a record does not exist, or exists but the caller may not know it does. */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String what, Object id) {
		super(what + " " + id + " was not found");
	}
}
