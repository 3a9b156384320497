package org.practiceexchange.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.practiceexchange.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 loses nothing that was acknowledged. The app runs as a child JVM (demo data, a temp data
 * dir; on H2 its file database there, on PostgreSQL a fresh database on the suite's server); a
 * writer adds intervention log entries to the demo practitioner's inquiry through the API, each with
 * a unique token in both its fields, and note every 201. Mid-loop the JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly()}), started again on the same data, and every acknowledged entry
 * must be there exactly once and whole (both fields); an entry whose request got no answer may be
 * there or not, but at most once and whole. Three rounds; the figures go to the log.
 *
 * <p>It runs beside the rest of the suite ({@code CONCURRENT}; every other class runs one after the
 * other, see junit-platform.properties): most of its time is the child JVM starting four times,
 * which needs nothing from the suite's application, so the suite does not wait for it. It is not
 * an integration test for that reason: it must not share (and reset) the suite's clock.
 */
@Execution(ExecutionMode.CONCURRENT)
class DurabilityTests {

	private static final Logger log = LoggerFactory.getLogger(DurabilityTests.class);

	private static final String PRACTITIONER = "practitioner@demo.test";

	private static final String PASSWORD = "exchange-demo";

	private static final int ROUNDS = 3;

	/** One writer: this is about what a kill loses; simultaneous additions to one inquiry are SimultaneousAdditionsTests. */
	private static final int WRITERS = 1;

	private static final Pattern DONE = Pattern.compile("\"done\":\"(kill-[a-z0-9-]+) done\"");


	@TempDir
	Path temp;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyAcknowledgedWriteSurvivesKillMinus9() throws Exception {
		Path dataDir = temp.resolve("data");
		String database = "px_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		List<String> datasource = TestDatabase.isPostgresql() ? createPostgresDatabase(database)
				: List.of(); // the app's own H2 file database under the data dir, as configured
		Child app = null;
		int written = 0;
		int acknowledged = 0;
		int found = 0;
		int lost = 0;
		int unacknowledgedKept = 0;
		try {
			app = Child.start(dataDir, datasource, temp.resolve("app-0.log"));
			long inquiry = demoInquiry(app);
			Set<String> allAcknowledged = ConcurrentHashMap.newKeySet();
			Set<String> allAttempted = ConcurrentHashMap.newKeySet();
			for (int round = 1; round <= ROUNDS; round++) {
				Set<String> acked = ConcurrentHashMap.newKeySet();
				Set<String> attempted = ConcurrentHashMap.newKeySet();
				writeUntilKilled(app, inquiry, round, attempted, acked);
				app = Child.start(dataDir, datasource, temp.resolve("app-" + round + ".log"));

				String body = get(app, "/api/inquiries/" + inquiry).body();
				Map<String, Integer> counts = new ConcurrentHashMap<>();
				Matcher matcher = DONE.matcher(body);
				while (matcher.find()) {
					counts.merge(matcher.group(1), 1, Integer::sum);
				}
				allAcknowledged.addAll(acked);
				allAttempted.addAll(attempted);
				for (String token : counts.keySet()) {
					assertThat(allAttempted).as("an entry nobody wrote").contains(token);
					assertThat(counts.get(token)).as("copies of %s", token).isEqualTo(1);
					assertThat(body).as("%s is whole", token).contains("\"done\":\"" + token + " done\",\"observed\":\"" + token + " observed\"");
				}
				int roundFound = (int) acked.stream().filter(counts::containsKey).count();
				int roundKept = (int) attempted.stream().filter(t -> !acked.contains(t) && counts.containsKey(t)).count();
				List<String> missing = allAcknowledged.stream().filter(t -> !counts.containsKey(t)).sorted().toList();
				log.info("kill -9 round {} on {}: {} written, {} acknowledged, {} found, {} lost; {} unacknowledged kept",
						round, TestDatabase.isPostgresql() ? "PostgreSQL" : "H2", attempted.size(), acked.size(), roundFound,
						acked.size() - roundFound, roundKept);
				assertThat(missing).as("acknowledged writes lost after kill -9 (all rounds so far)").isEmpty();
				written += attempted.size();
				acknowledged += acked.size();
				found += roundFound;
				lost += acked.size() - roundFound;
				unacknowledgedKept += roundKept;
				assertThat(acked).as("writes acknowledged before the kill in round %d", round).isNotEmpty();
			}
			log.info("kill -9, {} rounds on {}: {} written, {} acknowledged, {} found, {} lost; {} unacknowledged kept",
					ROUNDS, TestDatabase.isPostgresql() ? "PostgreSQL" : "H2", written, acknowledged, found, lost, unacknowledgedKept);
			assertThat(lost).isZero();
		}
		finally {
			if (app != null) {
				app.kill();
			}
			if (TestDatabase.isPostgresql()) {
				dropPostgresDatabase(database);
			}
		}
	}

	/** The writers post log entries until the app is killed, a little after the first acknowledgements. */
	private void writeUntilKilled(Child app, long inquiry, int round, Set<String> attempted, Set<String> acked)
			throws InterruptedException {
		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger next = new AtomicInteger();
		List<String> refusals = Collections.synchronizedList(new ArrayList<>());
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			Thread writer = new Thread(() -> {
				while (!killed.get()) {
					String token = "kill-r" + round + "-" + next.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
					String json = "{\"entryOn\":\"" + LocalDate.now() + "\",\"done\":\"" + token + " done\",\"observed\":\"" + token + " observed\"}";
					attempted.add(token);
					try {
						HttpResponse<String> response = http.send(request(app, "/api/inquiries/" + inquiry + "/log")
							.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
								HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() / 100 == 2) {
							acked.add(token);
						}
						else if (!killed.get()) {
							refusals.add(response.statusCode() + " " + response.body());
						}
					}
					catch (IOException ex) {
						// No answer: the app died with the request in flight. Not acknowledged.
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			writer.start();
			writers.add(writer);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (acked.size() < 5 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1500));
		// No new request after this; the one in flight is cut by the kill.
		killed.set(true);
		app.kill();
		for (Thread writer : writers) {
			writer.join(15_000);
		}
		assertThat(refusals).as("log entries refused while the app ran").isEmpty();
	}

	private long demoInquiry(Child app) throws Exception {
		String body = get(app, "/api/inquiries").body();
		Matcher matcher = Pattern.compile("\"id\":(\\d+)[^}]*\"title\":\"Short number routines").matcher(body);
		assertThat(matcher.find()).as("the demo practitioner's inquiry in %s", body).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private HttpResponse<String> get(Child app, String path) throws Exception {
		HttpResponse<String> response = http.send(request(app, path).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return response;
	}

	private static HttpRequest.Builder request(Child app, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((PRACTITIONER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	/** The app in its own JVM, on the test's class path. */
	private record Child(Process process, int port) {

		static Child start(Path dataDir, List<String> datasource, Path output) throws Exception {
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-Xshare:auto",
					"-cp", System.getProperty("java.class.path"), "org.practiceexchange.PracticeExchangeApplication",
					"--server.port=" + port, "--exchange.data-dir=" + dataDir, "--exchange.demo=true",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + freePort(), "--spring.jmx.enabled=false",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
			command.addAll(datasource);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
			// The child reads only its arguments: not the suite's database or profile.
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("EXCHANGE_"));
			Child child = new Child(builder.start(), port);
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
			while (System.nanoTime() < deadline) {
				if (!child.process.isAlive()) {
					throw new AssertionError("the app exited while starting:\n" + tail(output));
				}
				try {
					int status = client.send(request(child, "/api/inquiries").GET().build(), HttpResponse.BodyHandlers.discarding())
						.statusCode();
					if (status == 200) {
						return child;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			child.kill();
			throw new AssertionError("the app did not answer within 180 s:\n" + tail(output));
		}

		/** SIGKILL, as kill -9: no shutdown hooks, nothing flushed. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor();
		}

		private static String tail(Path output) throws IOException {
			List<String> lines = Files.readAllLines(output);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}
	}

	private List<String> createPostgresDatabase(String database) throws Exception {
		try (Connection connection = suiteConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		String url = TestDatabase.requested("spring.datasource.url").replaceFirst("(jdbc:postgresql://[^/]+/)[^?]+", "$1" + database);
		return List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + TestDatabase.requested("spring.datasource.username"),
				"--spring.datasource.password=" + TestDatabase.requested("spring.datasource.password"));
	}

	private void dropPostgresDatabase(String database) throws Exception {
		try (Connection connection = suiteConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private Connection suiteConnection() throws Exception {
		return DriverManager.getConnection(TestDatabase.requested("spring.datasource.url"),
				TestDatabase.requested("spring.datasource.username"), TestDatabase.requested("spring.datasource.password"));
	}
}
