package org.practiceexchange.consultation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Document;
import org.practiceexchange.Html;
import org.practiceexchange.HttpVisitor;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response started and never submitted goes 90 days after it was last saved (the default); a newer
 * one stays. Whoever is asked to respond is pointed to the privacy notice.
 */
@IntegrationTest
class ConsultationPrivacyTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	ResponseService responses;

	@Autowired
	ResponseRepository store;

	@Autowired
	DraftResponseRetention retention;

	@Autowired
	TestClock clock;

	@Test
	void aDraftLastSavedMoreThanNinetyDaysAgoGoesAndANewerOneStays() {
		Long consultation = fixtures.anOpenConsultation();
		Instant first = clock.instant();
		String old = responses.start(consultation, null, "198.51.100.21");
		clock.advance(Duration.ofDays(60));
		String recent = responses.start(consultation, null, "198.51.100.22");

		retention.purge(first.plus(Duration.ofDays(89)));
		assertThat(store.findByToken(old)).as("within 90 days of its last save").isPresent();

		assertThat(retention.purge(first.plus(Duration.ofDays(91)))).isPositive();
		assertThat(store.findByToken(old)).as("more than 90 days since its last save").isEmpty();
		assertThat(store.findByToken(recent)).as("saved 31 days before").isPresent();
	}

	@Test
	void theConsultationPageAndTheResponseFormLinkToThePrivacyNotice() {
		Long consultation = fixtures.anOpenConsultation();
		HttpVisitor visitor = new HttpVisitor(port);
		Document page = Html.of(visitor.get("/consultations/" + consultation).body());
		assertThat(page.select("main form a[href=/privacy]")).as("beside the respond button").hasSize(1);

		String token = responses.start(consultation, null, "198.51.100.23");
		Document form = Html.of(visitor.get("/consultations/respond/" + token).body());
		assertThat(form.select("main form a[href=/privacy]")).as("beside submit").hasSize(1);
	}
}
