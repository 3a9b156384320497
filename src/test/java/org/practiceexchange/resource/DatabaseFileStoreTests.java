package org.practiceexchange.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.account.AccountFixtures;
import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.programme.ProgrammeFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code exchange.files.store=database} a kept file is a row of {@code stored_file}, written in the
 * transaction of the output that names it, and nothing stays under the node's uploads folder.
 */
@IntegrationTest
@TestPropertySource(properties = "exchange.files.store=database")
class DatabaseFileStoreTests {

	@Autowired
	ResourceFixtures fixtures;

	@Autowired
	ProgrammeFixtures programmes;

	@Autowired
	OutputService outputs;

	@Autowired
	FileStore store;

	@Autowired
	UploadPolicy policy;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aKeptFileIsARowOfTheDatabaseAndNothingStaysInTheUploadsFolder() throws Exception {
		assertThat(store).isInstanceOf(DatabaseFileStore.class);
		String title = AccountFixtures.unique("Stored in the database");
		Output output = fixtures.proposedBy(fixtures.practitioner(), proposal(title), "Kept as a row");
		OutputFile file = fixtures.view(output.id()).files().get(0);

		byte[] row = jdbc.queryForObject("select content from stored_file where storage_key = ?", byte[].class, file.storageKey());
		assertThat(row).hasSize((int) file.size()).startsWith("%PDF".getBytes());
		assertThat(jdbc.queryForObject("select size from stored_file where storage_key = ?", Long.class, file.storageKey()))
			.isEqualTo(file.size());
		assertThat(store.open(file.storageKey()).getContentAsByteArray()).isEqualTo(row);
		assertThat(filesIn(policy.folder())).as("nothing kept or left over under the uploads folder").isEmpty();
	}

	@Test
	void aChangeRolledBackAfterItsFileWasKeptLeavesNoRow() {
		SignedInPerson practitioner = fixtures.practitioner();
		String[] key = new String[1];
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Output output = fixtures.proposedBy(practitioner, proposal(AccountFixtures.unique("Rolled back")), "Never kept");
			key[0] = output.files().get(0).storageKey();
			assertThat(jdbc.queryForObject("select count(*) from stored_file where storage_key = ?", Long.class, key[0]))
				.isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from stored_file where storage_key = ?", Long.class, key[0])).isZero();
	}

	@Test
	void aStoreOtherThanLocalOrDatabaseStopsTheAppAtStart() {
		assertThatThrownBy(() -> new FileStores().fileStore("s3", policy, jdbc, java.time.Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("exchange.files.store must be local or database, not s3");
		assertThat(new FileStores().fileStore(" Local ", policy, jdbc, java.time.Clock.systemUTC())).isInstanceOf(LocalFileStore.class);
	}

	private OutputForms.Proposal proposal(String title) {
		return fixtures.proposal(title, OutputType.DELIVERY_GUIDE, Licence.CC_BY_4_0, null, null,
				List.of(programmes.themeId("SEND")), null);
	}

	private static List<Path> filesIn(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}
}
