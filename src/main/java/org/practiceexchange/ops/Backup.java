package org.practiceexchange.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Backs up and restores everything the app holds: the database and the uploaded files under
 * {@code <data dir>/uploads} (with {@code exchange.files.store=database} the files are rows of the
 * {@code stored_file} table, so the dump holds them and {@code files/} stays empty). The search index ({@code <data dir>/search}) is not copied: a restore
 * deletes it and the app rebuilds it on its next start (see {@code resource.SearchIndex}).
 *
 * <p>A backup directory holds {@code database.sql} (H2, written by {@code SCRIPT TO} inside the
 * database, one transaction; the app must be stopped, as an H2 file database admits one process) or {@code database.dump} ({@code pg_dump --format=custom},
 * one snapshot), the files under {@code files/}, and {@code manifest.tsv}: one line per file
 * (SHA-256, size, path), the dump first. The database is dumped before the files are copied, so a file
 * uploaded meanwhile is at worst an extra, unreferenced file.
 *
 * <p>A restore checks the manifest first, refuses a target database that already holds tables unless
 * forced, restores the database into a fresh database beside the target and only then swaps it in
 * (an H2 file is moved over; a PostgreSQL database is renamed, the old one kept as {@code <name>_before_restore_<time>}
 * unless it was empty), then swaps in the files the same way. A failure before the swap leaves the
 * target as it was. The app must be stopped while restoring.
 *
 * <p>Run as {@code java -cp <classpath> org.practiceexchange.ops.Backup backup|restore DIR [--force]};
 * configured like the app: {@code EXCHANGE_DATA_DIR} (default {@code ./data}), {@code SPRING_DATASOURCE_URL}
 * (default the H2 file database under the data dir), {@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD}.
 */
public final class Backup {

	static final String MANIFEST = "manifest.tsv";

	static final String H2_DUMP = "database.sql";

	static final String PG_DUMP = "database.dump";

	static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0";

	/** Where the app keeps its data: the database and the data dir. */
	public record Target(String url, String username, String password, Path dataDir) {

		public Target {
			dataDir = dataDir.toAbsolutePath().normalize();
			username = username == null ? "" : username;
			password = password == null ? "" : password;
		}

		/** The same configuration as the app's, from the environment. */
		public static Target fromEnvironment() {
			Path dataDir = Path.of(env("EXCHANGE_DATA_DIR", "./data"));
			String url = env("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize() + "/db/exchange" + H2_OPTIONS);
			boolean h2 = url.startsWith("jdbc:h2:");
			return new Target(url, env("SPRING_DATASOURCE_USERNAME", h2 ? "sa" : ""), env("SPRING_DATASOURCE_PASSWORD", ""), dataDir);
		}

		boolean postgresql() {
			return url.startsWith("jdbc:postgresql:");
		}

		Path uploads() {
			return dataDir.resolve("uploads");
		}

		Connection connect() throws SQLException {
			return connect(url);
		}

		Connection connect(String otherUrl) throws SQLException {
			Properties properties = new Properties();
			properties.setProperty("user", username);
			properties.setProperty("password", password);
			return DriverManager.getConnection(otherUrl, properties);
		}
	}

	/** What a backup or restore did. */
	public record Summary(int files, long bytes) {
	}

	/** Something the operator must fix; the message says what. */
	public static final class BackupException extends RuntimeException {

		BackupException(String message) {
			super(message);
		}

		BackupException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private Backup() {
	}

	public static void main(String[] args) {
		if (args.length < 2 || !List.of("backup", "restore").contains(args[0])) {
			System.err.println("usage: bin/backup DIR | bin/restore DIR [--force]");
			System.exit(2);
		}
		Path dir = Path.of(args[1]);
		boolean force = List.of(args).contains("--force");
		for (String extra : List.of(args).subList(2, args.length)) {
			if (!extra.equals("--force") || args[0].equals("backup")) {
				System.err.println("Unknown argument " + extra + "; usage: bin/backup DIR | bin/restore DIR [--force]");
				System.exit(2);
			}
		}
		try {
			Target target = Target.fromEnvironment();
			Summary summary = args[0].equals("backup") ? backup(target, dir) : restore(target, dir, force);
			System.out.printf("%s %s: database and %d uploaded files (%d bytes)%n",
					args[0].equals("backup") ? "Backed up to" : "Restored from", dir.toAbsolutePath(), summary.files(), summary.bytes());
		}
		catch (BackupException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
		}
		catch (RuntimeException ex) {
			System.err.println(args[0] + " failed: " + ex);
			System.exit(1);
		}
	}

	// ---------------------------------------------------------------- backup

	public static Summary backup(Target target, Path dir) {
		try {
			dir = dir.toAbsolutePath().normalize();
			Files.createDirectories(dir);
			if (Files.exists(dir.resolve(MANIFEST))) {
				throw new BackupException(dir + " already holds a backup: choose an empty directory");
			}
			Path dump;
			if (target.postgresql()) {
				dump = dir.resolve(PG_DUMP);
				Postgres pg = Postgres.of(target);
				pg.run(List.of(pg.tool("pg_dump"), "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + pg.database()));
			}
			else {
				dump = dir.resolve(H2_DUMP);
				try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
					statement.execute("SCRIPT TO '" + dump.toString().replace("'", "''") + "'");
				}
			}
			Path files = dir.resolve("files");
			Files.createDirectories(files);
			List<String> lines = new ArrayList<>();
			lines.add(line(dump, dump.getFileName().toString()));
			long bytes = 0;
			int count = 0;
			for (Path file : list(target.uploads())) {
				String relative = target.uploads().relativize(file).toString().replace('\\', '/');
				Path copy = files.resolve(relative);
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
				lines.add(line(copy, "files/" + relative));
				bytes += Files.size(copy);
				count++;
			}
			// The manifest last: a directory without one is an unfinished backup.
			Files.write(dir.resolve(MANIFEST + ".part"), lines, StandardCharsets.UTF_8);
			Files.move(dir.resolve(MANIFEST + ".part"), dir.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
			return new Summary(count, bytes);
		}
		catch (SQLException ex) {
			if (!target.postgresql() && String.valueOf(ex.getMessage()).contains("already in use")) {
				throw new BackupException("The H2 database under " + target.dataDir() + " is in use: an H2 file database"
						+ " admits one process, so stop the app before bin/backup (on PostgreSQL it may keep running)", ex);
			}
			throw new BackupException("Could not dump the database: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupException("Could not write the backup: " + ex.getMessage(), ex);
		}
	}

	// ---------------------------------------------------------------- restore

	public static Summary restore(Target target, Path dir, boolean force) {
		dir = dir.toAbsolutePath().normalize();
		Map<String, Long> manifest = verify(dir);
		try {
			if (!Files.exists(dir.resolve(target.postgresql() ? PG_DUMP : H2_DUMP))) {
				throw new BackupException(dir + (target.postgresql() ? " holds an H2 backup; the target is PostgreSQL"
						: " holds a PostgreSQL backup; the target is H2"));
			}
			if (!force && tableCount(target) > 0) {
				throw new BackupException("The target database already holds tables: restore into an empty one, or pass --force to replace it");
			}
			if (target.postgresql()) {
				Postgres.of(target).restore(dir.resolve(PG_DUMP));
			}
			else {
				restoreH2(target, dir.resolve(H2_DUMP));
			}
			Summary summary = restoreFiles(target, dir, manifest);
			deleteTree(target.dataDir().resolve("search"));
			return summary;
		}
		catch (SQLException ex) {
			throw new BackupException("Could not restore the database (is the app still running? stop it first): " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupException("Could not restore the files: " + ex.getMessage(), ex);
		}
	}

	/** Every file the manifest names is there with its size and SHA-256; returns the uploaded files. */
	static Map<String, Long> verify(Path dir) {
		Path manifest = dir.resolve(MANIFEST);
		if (!Files.exists(manifest)) {
			throw new BackupException(dir + " holds no " + MANIFEST + ": not a backup, or an unfinished one");
		}
		Map<String, Long> files = new LinkedHashMap<>();
		boolean listsDump = false;
		try {
			List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
			if (lines.isEmpty()) {
				throw new BackupException("The backup's " + MANIFEST + " is empty: not a backup, or a damaged one");
			}
			int number = 0;
			for (String line : lines) {
				number++;
				String[] parts = line.split("\t", 3);
				if (parts.length != 3 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("[0-9]{1,18}") || parts[2].isBlank()) {
					throw new BackupException("The backup's " + MANIFEST + " is damaged at line " + number
							+ " (expected SHA-256, size and path, separated by tabs): nothing was restored");
				}
				Path file = dir.resolve(parts[2]).normalize();
				if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
					throw new BackupException("The backup lacks " + parts[2] + ", which its manifest lists: nothing was restored");
				}
				if (Files.size(file) != Long.parseLong(parts[1]) || !sha256(file).equals(parts[0])) {
					throw new BackupException("The backup's " + parts[2] + " does not match its manifest (size or SHA-256): nothing was restored");
				}
				listsDump |= parts[2].equals(H2_DUMP) || parts[2].equals(PG_DUMP);
				if (parts[2].startsWith("files/")) {
					files.put(parts[2].substring("files/".length()), Long.parseLong(parts[1]));
				}
			}
		}
		catch (IOException ex) {
			throw new BackupException("Could not read the backup: " + ex.getMessage(), ex);
		}
		if (!listsDump) {
			throw new BackupException("The backup's " + MANIFEST + " lists no database dump (" + H2_DUMP + " or " + PG_DUMP + "): nothing was restored");
		}
		return files;
	}

	static int tableCount(Target target) throws SQLException {
		try (Connection connection = target.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables where table_schema = current_schema"
						+ " and table_type in ('BASE TABLE', 'TABLE')")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static void restoreH2(Target target, Path dump) throws SQLException, IOException {
		String prefix = "jdbc:h2:file:";
		if (!target.url().startsWith(prefix)) {
			throw new BackupException("Restore needs an H2 file database (jdbc:h2:file:...), not " + target.url());
		}
		String rest = target.url().substring(prefix.length());
		int semicolon = rest.indexOf(';');
		String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
		String options = semicolon < 0 ? "" : rest.substring(semicolon);
		Path file = Path.of(path + ".mv.db").toAbsolutePath();
		Path fresh = Path.of(path + "-restoring.mv.db").toAbsolutePath();
		Files.createDirectories(file.getParent());
		Files.deleteIfExists(fresh);
		try (Connection connection = target.connect(prefix + path + "-restoring" + options);
				Statement statement = connection.createStatement()) {
			statement.execute("RUNSCRIPT FROM '" + dump.toString().replace("'", "''") + "'");
			statement.execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			Files.deleteIfExists(fresh);
			throw ex;
		}
		Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Files.deleteIfExists(Path.of(path + ".trace.db"));
	}

	private static Summary restoreFiles(Target target, Path dir, Map<String, Long> files) throws IOException {
		Path uploads = target.uploads();
		Path fresh = uploads.resolveSibling("uploads-restoring");
		deleteTree(fresh);
		Files.createDirectories(fresh);
		long bytes = 0;
		for (Map.Entry<String, Long> entry : files.entrySet()) {
			Path copy = fresh.resolve(entry.getKey()).normalize();
			Files.createDirectories(copy.getParent());
			Files.copy(dir.resolve("files").resolve(entry.getKey()), copy, StandardCopyOption.COPY_ATTRIBUTES);
			bytes += entry.getValue();
		}
		if (Files.exists(uploads)) {
			Path before = uploads.resolveSibling("uploads-before-restore-" + Instant.now().toEpochMilli());
			Files.move(uploads, before, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(fresh, uploads, StandardCopyOption.ATOMIC_MOVE);
		return new Summary(files.size(), bytes);
	}

	// ---------------------------------------------------------------- PostgreSQL tools

	/** pg_dump and pg_restore, found under /usr/lib/postgresql/N/bin unless on the PATH, run with the app's credentials. */
	record Postgres(Target target, String host, String port, String name) {

		static Postgres of(Target target) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*").matcher(target.url());
			if (!m.matches()) {
				throw new BackupException("Cannot read host, port and database from " + target.url());
			}
			return new Postgres(target, m.group(1), m.group(2) == null ? "5432" : m.group(2), m.group(3));
		}

		String database() {
			return database(name);
		}

		String database(String db) {
			return "postgresql://" + host + ":" + port + "/" + db;
		}

		String tool(String tool) {
			try (Stream<Path> versions = Files.exists(Path.of("/usr/lib/postgresql")) ? Files.list(Path.of("/usr/lib/postgresql")) : Stream.empty()) {
				return versions.map(v -> v.resolve("bin").resolve(tool)).filter(Files::isExecutable)
					.max((a, b) -> Integer.compare(version(a), version(b))).map(Path::toString).orElse(tool);
			}
			catch (IOException ex) {
				return tool;
			}
		}

		private static int version(Path bin) {
			try {
				return Integer.parseInt(bin.getParent().getParent().getFileName().toString());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

		void run(List<String> command) throws IOException {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("PGUSER", target.username());
			builder.environment().put("PGPASSWORD", target.password());
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			try {
				if (process.waitFor() != 0) {
					throw new BackupException(command.get(0) + " failed: " + output.strip());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new BackupException(command.get(0) + " was interrupted");
			}
		}

		/** Into a fresh database beside the target, then renamed over it. */
		void restore(Path dump) throws IOException, SQLException {
			String fresh = name + "_restoring";
			String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
			try (Connection connection = target.connect(admin); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + quote(fresh));
				statement.execute("CREATE DATABASE " + quote(fresh));
			}
			try {
				run(List.of(tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname=" + database(fresh), dump.toString()));
			}
			catch (BackupException ex) {
				try (Connection connection = target.connect(admin); Statement statement = connection.createStatement()) {
					statement.execute("DROP DATABASE IF EXISTS " + quote(fresh));
				}
				throw ex;
			}
			boolean empty = tableCount(target) == 0;
			try (Connection connection = target.connect(admin); Statement statement = connection.createStatement()) {
				if (empty) {
					statement.execute("DROP DATABASE " + quote(name));
				}
				else {
					statement.execute("ALTER DATABASE " + quote(name) + " RENAME TO " + quote(name + "_before_restore_" + Instant.now().getEpochSecond()));
				}
				statement.execute("ALTER DATABASE " + quote(fresh) + " RENAME TO " + quote(name));
			}
		}

		private static String quote(String identifier) {
			return "\"" + identifier.replace("\"", "\"\"") + "\"";
		}
	}

	// ---------------------------------------------------------------- files

	static List<Path> list(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String line(Path file, String name) throws IOException {
		return sha256(file) + "\t" + Files.size(file) + "\t" + name;
	}

	public static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
