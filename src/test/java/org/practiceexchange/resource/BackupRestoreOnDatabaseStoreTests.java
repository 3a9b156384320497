package org.practiceexchange.resource;

import org.practiceexchange.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** {@link BackupRestoreTests} with the files kept in the database: the dump carries them, the restored app serves them. */
@IntegrationTest
@TestPropertySource(properties = "exchange.files.store=database")
class BackupRestoreOnDatabaseStoreTests extends BackupRestoreTests {
}
