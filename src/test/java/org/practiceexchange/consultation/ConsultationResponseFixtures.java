package org.practiceexchange.consultation;

import org.springframework.stereotype.Component;

/**
 * Consultation responses for other modules' tests (the retention job's, say): an open consultation,
 * a draft response started by a person (or anonymously), and whether it is still kept.
 */
@Component
public class ConsultationResponseFixtures {

	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

	private final ConsultationFixtures consultations;

	private final ResponseService responses;

	private final ResponseRepository store;

	ConsultationResponseFixtures(ConsultationFixtures consultations, ResponseService responses, ResponseRepository store) {
		this.consultations = consultations;
		this.responses = responses;
		this.store = store;
	}

	public Long anOpenConsultation() {
		return consultations.anOpenConsultation();
	}

	/** A response started and never submitted; answers its token. {@code personId} may be null. */
	public String aDraft(Long consultationId, Long personId) {
		return responses.start(consultationId, personId, "198.51.100." + (100 + NEXT.getAndIncrement() % 150));
	}

	public boolean kept(String token) {
		return store.findByToken(token).isPresent();
	}
}
