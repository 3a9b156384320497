package org.practiceexchange.shared.web;

import java.util.List;

import org.springframework.data.domain.Page;

/** How the API answers a list: the items under {@code content}, with where this page sits. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}
}
