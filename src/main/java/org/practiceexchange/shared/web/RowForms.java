package org.practiceexchange.shared.web;

import java.util.Collection;
import java.util.function.Function;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A form repeated on every row of a page (one per proposal, per application, per answer). Each
 * row's form is its own model attribute, named after the form and the row's id ({@code moderation12}),
 * so after a failed post only the posted row shows what was typed and its messages, and every other
 * row keeps its own values. A template reaches a row's form with
 * {@code th:object="${__${'moderation' + row.id}__}"} and gives its inputs ids that start with the
 * same prefix ({@code moderation-12-score}), which keeps them unique on the page.
 */
public final class RowForms {

	private RowForms() {
	}

	/** The name of a row's form in the model. */
	public static String name(String form, Object rowId) {
		return form + rowId;
	}

	/** Keeps the posted row's form, as typed, and its errors under the row's own name. */
	public static void keep(Model model, String form, Object rowId, BindingResult result) {
		String name = name(form, rowId);
		model.addAttribute(name, result.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
	}

	/** Gives every row that has no form yet its starting form (usually its current values). */
	public static <R> void fill(Model model, String form, Collection<R> rows, Function<R, Object> rowId,
			Function<R, Object> start) {
		for (R row : rows) {
			String name = name(form, rowId.apply(row));
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, start.apply(row));
			}
		}
	}
}
