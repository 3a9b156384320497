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

	private FormPage(Document page) {
		this.page = page;
	}

	public static FormPage of(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as("status of the re-rendered form").isEqualTo(200);
		return new FormPage(Html.of(result));
	}

	public Document page() {
		return page;
	}

	/** The summary links to the field, which shows the message and is described by it. */
	public FormPage showsError(String field, String message) {
		Element summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary).as("error summary").isNotNull();
		assertThat(summary.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
		List<Element> links = summary.select("a").stream().filter(link -> link.text().contains(message)).toList();
		assertThat(links).as("summary link saying '%s' among %s", message, summary.select("a").eachText()).isNotEmpty();
		String target = links.get(0).attr("href");
		assertThat(target).as("summary link target for %s", field).startsWith("#");
		Element control = page.getElementById(target.substring(1));
		assertThat(control).as("the element %s the summary links to", target).isNotNull();
		assertThat(control.attr("name")).as("name of the control %s links to", target).isEqualTo(field);

		Element error = page.getElementById(field + "-error");
		assertThat(error).as("error message beside %s", field).isNotNull();
		assertThat(error.text()).contains(message);
		Element described = control.closest("fieldset") != null ? control.closest("fieldset") : control;
		assertThat(described.attr("aria-describedby").split(" ")).as("aria-describedby of %s", field)
			.contains(field + "-error");
		Element group = control.closest(".govuk-form-group");
		assertThat(group).as("form group of %s", field).isNotNull();
		assertThat(group.hasClass("govuk-form-group--error")).as("%s marked as in error", field).isTrue();
		return this;
	}

	/** A problem with the form as a whole, shown in the summary. */
	public FormPage showsProblem(String message) {
		assertThat(page.select(".govuk-error-summary").text()).contains(message);
		return this;
	}

	public FormPage hasNoErrorOn(String field) {
		assertThat(page.getElementById(field + "-error")).as("error message beside %s", field).isNull();
		return this;
	}

	/** The field still holds what was typed (text) or chosen (select, checkboxes). */
	public FormPage keeps(String field, String... values) {
		List<String> kept = page.select("[name=" + field + "]").stream().flatMap(control -> switch (control.tagName()) {
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
