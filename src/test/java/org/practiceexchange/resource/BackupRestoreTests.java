package org.practiceexchange.resource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.PracticeExchangeApplication;
import org.practiceexchange.TestDatabase;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.ops.Backup;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.practiceexchange.programme.ProgrammeModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * bin/backup and bin/restore's work ({@link Backup}) on the database the suite runs on: the shared
 * context's data (fixtures, with two uploaded output files) is backed up and restored into an empty
 * database (a second H2 file database, or a second PostgreSQL database on the same server); every
 * table (row count, content checksum) and every uploaded file (SHA-256) must match, and the app,
 * started on the restored data, rebuilds its search index, finds an output by a word of its file and serves
 * that file unchanged. With {@code exchange.files.store=database} ({@link BackupRestoreOnDatabaseStoreTests})
 * the files live in the {@code stored_file} table, so the dump holds them and the backup's {@code files/} is empty.
 */
@IntegrationTest
class BackupRestoreTests {

	private static final Logger log = LoggerFactory.getLogger(BackupRestoreTests.class);

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Value("${exchange.data-dir}")
	String dataDir;

	@Value("${exchange.files.store:local}")
	String store;

	@Autowired
	FileStore fileStore;

	@TempDir
	Path temp;

	@Test
	void restoresEveryTableAndFileIntoAnEmptyDatabase() throws Exception {
		String word = "zq" + AccountFixtures.unique("bk").replace("-", "").toLowerCase();
		SignedInPerson practitioner = fixtures.practitioner();
		Long programme = programmes.aProgramme(ProgrammeModel.EXCHANGE_GROUP, List.of()).id();
		Output guide = fixtures.published(practitioner, fixtures.proposal("Backed up guide", OutputType.DELIVERY_GUIDE,
				Licence.CC_BY_4_0, programme, 2020, List.of(programmes.themeId("SEND")), null), "The " + word + " method, in full");
		fixtures.published(practitioner, fixtures.proposal("Backed up tool", OutputType.SCREENING_TOOL,
				Licence.CC_BY_SA_4_0, programme, 2021, List.of(programmes.themeId("ESOL")), null), "Another body of text");

		Backup.Target source = new Backup.Target(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"),
				Path.of(dataDir));
		Path backupDir = temp.resolve("backup");
		Backup.Summary backedUp = Backup.backup(source, backupDir);
		boolean inDatabase = store.equals("database");
		if (inDatabase) {
			assertThat(backedUp.files()).as("files kept in the database travel in the dump").isZero();
		}
		else {
			assertThat(backedUp.files()).isGreaterThanOrEqualTo(2);
		}
		OutputFile guideFile = guide.files().get(0);
		byte[] guideContent = fileStore.open(guideFile.storageKey()).getContentAsByteArray();
		assertThat(Files.readAllLines(backupDir.resolve("manifest.tsv"))).hasSize(backedUp.files() + 1);
		assertThatThrownBy(() -> Backup.backup(source, backupDir)).hasMessageContaining("already holds a backup");

		Path restoredDataDir = temp.resolve("restored-data");
		String database = "px_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Backup.Target restored = TestDatabase.isPostgresql() ? createPostgresDatabase(source, database, restoredDataDir)
				: new Backup.Target("jdbc:h2:file:" + restoredDataDir.resolve("db/exchange") + Backup_H2_OPTIONS,
						"sa", "", restoredDataDir);
		try {
			Backup.Summary summary = Backup.restore(restored, backupDir, false);
			assertThat(summary.files()).isEqualTo(backedUp.files());
			assertThatThrownBy(() -> Backup.restore(restored, backupDir, false)).hasMessageContaining("--force");

			Map<String, String> before;
			try (Connection connection = dataSource.getConnection()) {
				before = tables(connection);
			}
			Map<String, String> after;
			try (Connection connection = DriverManager.getConnection(restored.url(), restored.username(), restored.password())) {
				after = tables(connection);
			}
			// shedlock holds only the scheduled jobs' leases, which a job may renew between the backup and now.
			assertThat(after).containsKey("shedlock");
			before.remove("shedlock");
			after.remove("shedlock");
			assertThat(differences(before, after)).as("tables whose rows differ after the restore").isEmpty();
			long rows = before.values().stream().mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(' ')))).sum();

			Map<String, String> filesBefore = files(source.dataDir().resolve("uploads"));
			Map<String, String> filesAfter = files(restoredDataDir.resolve("uploads"));
			assertThat(filesAfter).isEqualTo(filesBefore).hasSizeGreaterThanOrEqualTo(inDatabase ? 0 : 2);
			if (inDatabase) {
				assertThat(filesAfter).isEmpty();
				assertThat(after.get("stored_file")).isEqualTo(before.get("stored_file"));
				assertThat(Long.parseLong(after.get("stored_file").split(" ")[0])).isGreaterThanOrEqualTo(2);
			}
			log.info("Backup and restore on {} with the {} file store: compared {} tables ({} rows, count and SHA-256 each) and {} uploaded files (SHA-256)",
					TestDatabase.isPostgresql() ? "PostgreSQL" : "H2", store, before.size(), rows, filesAfter.size());

			Path tampered = inDatabase ? backupDir.resolve(TestDatabase.isPostgresql() ? "database.dump" : "database.sql")
					: backupDir.resolve("files").resolve(filesBefore.keySet().iterator().next());
			byte[] original = Files.readAllBytes(tampered);
			Files.writeString(tampered, "tampered");
			assertThatThrownBy(() -> Backup.restore(restored, backupDir, true)).hasMessageContaining("does not match its manifest");
			Files.write(tampered, original);
			List<String> manifest = Files.readAllLines(backupDir.resolve("manifest.tsv"));
			Files.writeString(backupDir.resolve("manifest.tsv"), "not a manifest line\n");
			assertThatThrownBy(() -> Backup.restore(restored, backupDir, true)).hasMessageContaining("damaged at line 1");
			Files.write(backupDir.resolve("manifest.tsv"), manifest);
			try (Connection connection = DriverManager.getConnection(restored.url(), restored.username(), restored.password())) {
				Map<String, String> unchanged = tables(connection);
				unchanged.remove("shedlock");
				assertThat(differences(before, unchanged)).as("a refused restore changes nothing").isEmpty();
			}
			assertThat(files(restoredDataDir.resolve("uploads"))).isEqualTo(filesBefore);

			assertThat(searchOnRestoredApp(restored, word, "/outputs/" + guide.id() + "/files/" + guideFile.id(), guideContent))
				.contains("\"total\":1").contains("Backed up guide");
		}
		finally {
			if (TestDatabase.isPostgresql()) {
				dropPostgresDatabase(source, database);
			}
		}
	}

	private static final String Backup_H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

	/** The app started on the restored data: the index is gone, so it rebuilds it at start. */
	private String searchOnRestoredApp(Backup.Target restored, String word, String download, byte[] content) throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticeExchangeApplication.class)
			.profiles("test")
			// Arguments, not default properties: they must win over the test profile and SPRING_DATASOURCE_URL.
			.run("--server.port=0", "--exchange.data-dir=" + restored.dataDir(),
					"--spring.datasource.url=" + restored.url(), "--spring.datasource.username=" + restored.username(),
					"--spring.datasource.password=" + restored.password(),
					"--spring.jpa.properties.hibernate.search.backend.directory.root=" + restored.dataDir().resolve("search"),
					"--spring.mail.port=1", "--spring.jmx.enabled=false", "--exchange.files.store=" + store)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + port + download)).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).as("the file served by the restored app").isEqualTo(content);
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + port + "/api/resources?q=" + word)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(Files.isDirectory(restored.dataDir().resolve("search"))).isTrue();
			return response.body();
		}
	}

	/** Each table of the current schema: "rows sha256" over its rows in a stable order. */
	static Map<String, String> tables(Connection connection) throws Exception {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
						+ " where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')")) {
			while (rows.next()) {
				names.add(rows.getString(1).toLowerCase());
			}
		}
		Map<String, String> tables = new TreeMap<>();
		for (String name : names) {
			try (Statement statement = connection.createStatement();
					ResultSet columns = statement.executeQuery("select * from \"" + name + "\" where 1 = 0")) {
				int count = columns.getMetaData().getColumnCount();
				StringBuilder order = new StringBuilder();
				for (int i = 1; i <= count; i++) {
					order.append(i == 1 ? "" : ", ").append(i);
				}
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long rows = 0;
				try (Statement select = connection.createStatement();
						ResultSet all = select.executeQuery("select * from \"" + name + "\" order by " + order)) {
					while (all.next()) {
						rows++;
						for (int i = 1; i <= count; i++) {
							Object value = all.getObject(i);
							String text = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : all.getString(i);
							digest.update((text == null ? "\u0000" : text + "\u0001").getBytes(StandardCharsets.UTF_8));
						}
					}
				}
				tables.put(name, rows + " " + HexFormat.of().formatHex(digest.digest()));
			}
		}
		return tables;
	}

	/** The tables whose row count or checksum differ, with both values. */
	static List<String> differences(Map<String, String> before, Map<String, String> after) {
		List<String> differences = new ArrayList<>();
		Set<String> names = new TreeSet<>(before.keySet());
		names.addAll(after.keySet());
		for (String name : names) {
			if (!Objects.equals(before.get(name), after.get(name))) {
				differences.add(name + ": " + before.get(name) + " before, " + after.get(name) + " after");
			}
		}
		return differences;
	}

	static Map<String, String> files(Path root) throws Exception {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(root)) {
			try (var walk = Files.walk(root)) {
				for (Path file : walk.filter(Files::isRegularFile).toList()) {
					files.put(root.relativize(file).toString(), Backup.sha256(file));
				}
			}
		}
		return files;
	}

	private static Backup.Target createPostgresDatabase(Backup.Target source, String database, Path dataDir) throws SQLException {
		try (Connection connection = DriverManager.getConnection(source.url(), source.username(), source.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		String url = source.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]+", "$1" + database);
		return new Backup.Target(url, source.username(), source.password(), dataDir);
	}

	private static void dropPostgresDatabase(Backup.Target source, String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(source.url(), source.username(), source.password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}
}
