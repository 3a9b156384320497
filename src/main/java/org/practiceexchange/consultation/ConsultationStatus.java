package org.practiceexchange.consultation;

/** A consultation is prepared as a draft, opened to the sector, then closed. */
enum ConsultationStatus {
	DRAFT, OPEN, CLOSED
}
