package org.practiceexchange.inquiry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.TestClock;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.project.ProjectFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several people adding to one inquiry at the same moment, through the running server: each log
 * entry and comment bumps the inquiry's version, so all but one of the simultaneous writes lose the
 * race in the database. Neither changes what the other wrote, so each is added again rather than
 * answered with an error (before, they were 500s), and each acknowledged one is there once.
 */
@IntegrationTest
class SimultaneousAdditionsTests {

	static final int WRITERS = 4;

	static final int EACH = 6;

	@LocalServerPort
	int port;

	@Autowired
	ProjectFixtures projects;

	@Autowired
	TestClock clock;

	@Autowired
	InquiryFixtures fixtures;

	@Autowired
	InquiryService inquiries;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void logEntriesAndCommentsAddedAtTheSameMomentAreAllKeptOnce() throws Exception {
		ProjectFixtures.Group group = projects.aGroup();
		Long inquiry = fixtures.anInquiry(group, Stage.INTERVENE);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<List<Integer>>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(() -> {
				start.await();
				List<Integer> statuses = new ArrayList<>();
				for (int n = 0; n < EACH; n++) {
					String token = "w" + writer + "n" + n;
					statuses.add(post(group.member(), "/api/inquiries/" + inquiry + "/log", "{\"entryOn\":\"" + LocalDate.now(clock)
							+ "\",\"done\":\"" + token + " done\",\"observed\":\"" + token + " observed\"}"));
					statuses.add(post(group.mentor(), "/api/inquiries/" + inquiry + "/comments",
							"{\"body\":\"" + token + " comment\"}"));
				}
				return statuses;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<List<Integer>>> running = writers.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<List<Integer>> writer : running) {
				statuses.addAll(writer.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(statuses).as("every simultaneous addition acknowledged").hasSize(2 * WRITERS * EACH).containsOnly(201);
		InquiryViews.Full saved = inquiries.fullView(inquiry, group.member());
		List<String> entries = saved.log().stream().map(InquiryViews.LogView::done).toList();
		List<String> comments = saved.comments().stream().map(InquiryViews.CommentView::body).toList();
		List<String> expectedEntries = new ArrayList<>();
		List<String> expectedComments = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			for (int n = 0; n < EACH; n++) {
				expectedEntries.add("w" + w + "n" + n + " done");
				expectedComments.add("w" + w + "n" + n + " comment");
			}
		}
		assertThat(entries).as("log entries, each once").containsExactlyInAnyOrderElementsOf(expectedEntries);
		assertThat(saved.log()).as("each entry whole").allSatisfy(entry ->
				assertThat(entry.observed()).isEqualTo(entry.done().replace(" done", " observed")));
		assertThat(comments).as("comments, each once").containsExactlyInAnyOrderElementsOf(expectedComments);
	}

	private int post(SignedInPerson who, String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((who.email() + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			System.out.println("Simultaneous addition answered " + response.statusCode() + ": " + response.body());
		}
		return response.statusCode();
	}
}
