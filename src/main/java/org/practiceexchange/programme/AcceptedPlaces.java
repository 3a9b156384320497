package org.practiceexchange.programme;

import java.util.List;

/** The programme module's answer to "where was this person accepted?", soonest start first. */
public interface AcceptedPlaces {

	List<AcceptedPlace> acceptedPlacesOf(Long personId);
}
