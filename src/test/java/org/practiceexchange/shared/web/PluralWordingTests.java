package org.practiceexchange.shared.web;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Counts read as English: "1 project", "2 projects", never "1 projects" or "project(s)". */
@IntegrationTest
class PluralWordingTests {

	@Autowired
	MessageSource messages;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	MockMvc mvc;

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	@Test
	void countsTakeTheSingularForOneAndThePluralOtherwise() {
		assertThat(say("count.projects", 1)).isEqualTo("1 project");
		assertThat(say("count.projects", 18)).isEqualTo("18 projects");
		assertThat(say("count.projects", 0)).isEqualTo("0 projects");
		assertThat(say("count.places", 1)).isEqualTo("1 place");
		assertThat(say("count.places", 1200)).isEqualTo("1,200 places");
		assertThat(say("count.reach", 1, 1)).isEqualTo("1 person reached, shared once (from the cascade log)");
		assertThat(say("count.reach", 40, 3)).isEqualTo("40 people reached, shared 3 times (from the cascade log)");
		assertThat(say("conference.placesLeft", 1L)).isEqualTo("1 place left");
		assertThat(say("conference.placesLeft", 12L)).isEqualTo("12 places left");
		assertThat(say("report.estimate", 1.0, 1)).isEqualTo("About 1 side of A4 (1 word, the chart and the table).");
		assertThat(say("report.estimate", 4.5, 2300)).isEqualTo("About 4.5 sides of A4 (2,300 words, the chart and the table).");
		assertThat(say("report.estimateShort", 1)).isEqualTo("The estimate was 1 side.");
	}

	@Test
	void moneyMessagesTakeTheFormattedSum() {
		assertThat(say("money.upTo", Money.pounds(30000))).isEqualTo("Up to £30,000");
		assertThat(say("money.total", Money.pounds(1250))).isEqualTo("Total: £1,250");
	}

	@Test
	void aCohortOfOnePlaceSaysOnePlace() throws Exception {
		var programme = programmes.aProgramme(ProgrammeModel.ACTION_RESEARCH, java.util.List.of());
		programmes.anOpenCohort(programme.id(), 1);

		String page = Jsoup.parse(mvc.perform(get("/programmes/{id}", programme.id())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).text();

		assertThat(page).contains("1 place").doesNotContain("1 places");
	}
}
