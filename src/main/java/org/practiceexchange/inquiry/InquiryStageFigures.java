package org.practiceexchange.inquiry;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.practiceexchange.project.ProjectFigures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many of each project's inquiries (not withdrawn) are at each stage, for the manager's dashboard: one grouped query. */
@Component
@Transactional(readOnly = true)
class InquiryStageFigures implements ProjectFigures {

	private final EntityManager entities;

	InquiryStageFigures(EntityManager entities) {
		this.entities = entities;
	}

	@Override
	public List<String> figureKeys() {
		return Arrays.stream(Stage.values()).map(stage -> "stage." + stage).toList();
	}

	@Override
	public Map<Long, Map<String, Long>> figures(Collection<Long> projectIds) {
		Map<Long, Map<String, Long>> figures = new HashMap<>();
		if (projectIds.isEmpty()) {
			return figures;
		}
		entities.createQuery("""
				select i.projectId, i.stage, count(i) from Inquiry i
				where i.projectId in :projectIds and i.withdrawnAt is null group by i.projectId, i.stage
				""", Object[].class)
			.setParameter("projectIds", projectIds)
			.getResultList()
			.forEach(row -> figures.computeIfAbsent((Long) row[0], id -> new HashMap<>())
				.put("stage." + row[1], ((Number) row[2]).longValue()));
		return figures;
	}
}
