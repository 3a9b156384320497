package org.practiceexchange.resource;

import org.practiceexchange.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** {@link OutputWorkflowTests} (uploads, refused files, downloads, reports' PDFs) with the files kept in the database. */
@IntegrationTest
@TestPropertySource(properties = "exchange.files.store=database")
class OutputWorkflowOnDatabaseStoreTests extends OutputWorkflowTests {
}
