package org.practiceexchange;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.practiceexchange.shared.privacy.RetentionPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The privacy notice states what the configuration enforces, and every page and the registration form lead to it. */
@IntegrationTest
class PrivacyNoticeTests {

	@LocalServerPort
	int port;

	@Autowired
	RetentionPeriods retention;

	@Value("${exchange.privacy.contact}")
	String contact;

	@Test
	void theNoticeNamesTheContactAndTheRetentionPeriodsInForce() {
		Document notice = Html.of(new HttpVisitor(port).get("/privacy").body());

		assertThat(notice.select("main a[href=mailto:" + contact + "]").text()).isEqualTo(contact);
		String text = notice.select("main").text();
		assertThat(text).contains("never confirmed: " + retention.unverifiedRegistrations().toDays() + " days")
			.contains("(confirmation, invitation, password reset): " + retention.spentTokens().toDays() + " days")
			.contains("never submitted: " + retention.draftConsultationResponses().toDays() + " days")
			.contains("Information Commissioner");
		assertThat(notice.select("main a[href=/account]")).as("where to download your data").isNotEmpty();
	}

	@Test
	void theFooterOfEveryPageAndTheRegistrationFormLinkToIt() {
		HttpVisitor visitor = new HttpVisitor(port);
		for (String page : new String[] { "/", "/outputs", "/login", "/register" }) {
			assertThat(Html.of(visitor.get(page).body()).select("footer a[href=/privacy]")).as(page).hasSize(1);
		}
		assertThat(Html.of(visitor.get("/register").body()).select("main form a[href=/privacy]")).hasSize(1);
	}
}
