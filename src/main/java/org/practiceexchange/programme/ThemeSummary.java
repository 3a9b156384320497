package org.practiceexchange.programme;

public record ThemeSummary(Long id, String name, boolean retired) {
}
