package org.practiceexchange.programme;

import java.time.Clock;

import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Themes are added, renamed and retired, never deleted: past work keeps its theme. */
@Service
@Transactional
class ThemeService {

	private final ThemeRepository themes;

	private final Clock clock;

	ThemeService(ThemeRepository themes, Clock clock) {
		this.themes = themes;
		this.clock = clock;
	}

	ThemeSummary add(String name) {
		String clean = checkName(name);
		if (themes.existsByNameIgnoreCase(clean)) {
			throw new DomainRuleException("name", "There is already a theme with this name");
		}
		return themes.save(new Theme(clean, clock.instant())).summary();
	}

	ThemeSummary rename(Long id, String name) {
		String clean = checkName(name);
		if (themes.existsByNameIgnoreCaseAndIdNot(clean, id)) {
			throw new DomainRuleException("name", "There is already a theme with this name");
		}
		Theme theme = load(id);
		theme.rename(clean);
		return theme.summary();
	}

	void retire(Long id) {
		load(id).retire();
	}

	void restore(Long id) {
		load(id).restore();
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank()) {
			throw new DomainRuleException("name", "Enter the theme's name");
		}
		if (name.strip().length() > 100) {
			throw new DomainRuleException("name", "Theme names must be 100 characters or fewer");
		}
		return name.strip();
	}

	private Theme load(Long id) {
		return themes.findById(id).orElseThrow(() -> new RecordNotFoundException("Theme", id));
	}
}
