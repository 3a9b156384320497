package org.practiceexchange.resource;

import java.util.List;

/**
 * Published outputs of a set of projects and their reach from the cascade log: how many times
 * participants recorded sharing them, and how many people those times reached.
 */
public record ProjectOutputs(List<OutputSummary> outputs, long timesShared, long peopleReached) {

	public int published() {
		return outputs.size();
	}
}
