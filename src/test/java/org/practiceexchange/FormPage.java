package org.practiceexchange;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form page that came back with errors, checked the way GOV.UK's error pattern asks: a summary
 * at the top linking to each field, the message again beside the field and tied to it for screen
 * readers, and what the person typed still there.
 */
public final class FormPage {

	private final Document page;

	/** Where the form's summary and controls are: the whole page, or one of several forms on it. */
	private final Element scope;

	/** For one of several forms on a page: the start of its inputs' ids ({@code moderation-12} for {@code moderation-12-score}). */
	private final String prefix;

	private FormPage(Document page, Element scope, String prefix) {
		this.page = page;
		this.scope = scope;
		this.prefix = prefix;
	}

	public static FormPage of(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as("status of the re-rendered form").isEqualTo(200);
		Document page = Html.of(result);
		return new FormPage(page, page, null);
	}

	/**
	 * One of several forms on the page (one per row, say): the form {@code prefix-form}, whose
	 * inputs have the ids {@code prefix-field} and whose error summary sits at its top.
	 */
	public FormPage form(String prefix) {
		Element form = page.getElementById(prefix + "-form");
		assertThat(form).as("form %s-form", prefix).isNotNull();
		return new FormPage(page, form, prefix);
	}

	/** No other form on the page shows a message: every message and summary link is about this form's fields. */
	public FormPage onlyThisFormShowsErrors() {
		assertThat(prefix).as("a form chosen with form(prefix)").isNotNull();
		page.select(".govuk-error-message").forEach(error -> assertThat(error.id())
			.as("message '%s' of another form", error.text()).startsWith(prefix + "-"));
		page.select(".govuk-error-summary").forEach(summary -> assertThat(summary.select("a").eachAttr("href"))
			.as("summary '%s' of another form", summary.text()).isNotEmpty().allMatch(href -> href.startsWith("#" + prefix + "-")));
		return this;
	}

	/**
	 * The form's error summary: at the top of the form, or for a form whose inputs sit elsewhere (in
	 * a table's cells, tied to it by their form attribute) the summary that links to its fields.
	 */
	private Element summary() {
		Element inForm = scope.selectFirst(".govuk-error-summary");
		if (inForm != null || prefix == null) {
			return inForm;
		}
		return page.select(".govuk-error-summary").stream()
			.filter(summary -> summary.select("a").eachAttr("href").stream().anyMatch(href -> href.startsWith("#" + prefix + "-")))
			.findFirst().orElse(null);
	}

	/** The form's controls: those inside it, and those tied to it by their form attribute. */
	private List<Element> controls(String field) {
		List<Element> controls = new java.util.ArrayList<>(scope.select("[name=" + field + "]"));
		if (prefix != null) {
			controls.addAll(page.select("[name=" + field + "][form=" + prefix + "-form]"));
		}
		return controls;
	}

	private String idOf(String field) {
		return prefix == null ? field : prefix + "-" + field;
	}

	public Document page() {
		return page;
	}

	/** The summary links to the field, which shows the message and is described by it. */
	public FormPage showsError(String field, String message) {
		Element summary = summary();
		assertThat(summary).as("error summary").isNotNull();
		assertThat(summary.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
		List<Element> links = summary.select("a").stream().filter(link -> link.text().contains(message)).toList();
		assertThat(links).as("summary link saying '%s' among %s", message, summary.select("a").eachText()).isNotEmpty();
		String target = links.get(0).attr("href");
		assertThat(target).as("summary link target for %s", field).startsWith("#");
		Element control = page.getElementById(target.substring(1));
		assertThat(control).as("the element %s the summary links to", target).isNotNull();
		assertThat(control.attr("name")).as("name of the control %s links to", target).isEqualTo(field);

		Element error = page.getElementById(idOf(field) + "-error");
		assertThat(error).as("error message beside %s", field).isNotNull();
		assertThat(error.text()).contains(message);
		// radios and checkboxes are described as a group, by their fieldset; any other control by itself
		boolean grouped = control.attr("type").equals("radio") || control.attr("type").equals("checkbox");
		Element described = grouped && control.closest("fieldset") != null ? control.closest("fieldset") : control;
		assertThat(described.attr("aria-describedby").split(" ")).as("aria-describedby of %s", field)
			.contains(idOf(field) + "-error");
		Element group = control.closest(".govuk-form-group");
		assertThat(group).as("form group of %s", field).isNotNull();
		assertThat(group.hasClass("govuk-form-group--error")).as("%s marked as in error", field).isTrue();
		return this;
	}

	/** A problem with the form as a whole, shown in the summary. */
	public FormPage showsProblem(String message) {
		Element summary = summary();
		assertThat(summary).as("error summary").isNotNull();
		assertThat(summary.text()).contains(message);
		return this;
	}

	public FormPage hasNoErrorOn(String field) {
		assertThat(page.getElementById(idOf(field) + "-error")).as("error message beside %s", field).isNull();
		return this;
	}

	/** The field still holds what was typed (text) or chosen (select, checkboxes). */
	public FormPage keeps(String field, String... values) {
		List<String> kept = controls(field).stream().flatMap(control -> switch (control.tagName()) {
			case "select" -> control.select("option[selected]").eachAttr("value").stream();
			case "input" -> control.attr("type").equals("checkbox") || control.attr("type").equals("radio")
					? (control.hasAttr("checked") ? java.util.stream.Stream.of(control.val()) : java.util.stream.Stream.empty())
					: java.util.stream.Stream.of(control.val());
			default -> java.util.stream.Stream.of(control.val());
		}).toList();
		assertThat(kept).as("values of %s", field).containsExactlyInAnyOrder(values);
		return this;
	}
}
