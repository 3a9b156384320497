package org.practiceexchange.account;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.practiceexchange.IntegrationTest;
import org.practiceexchange.shared.cluster.DemoDataLock;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes loading the demo data on one empty database at once: each loader checks whether its data is
 * there and adds it if not, inside the demo-data lock, so one set of demo accounts results.
 */
@IntegrationTest
class DemoDataOnceTests {

	@Autowired
	DemoDataLock lock;

	@Autowired
	PersonRepository people;

	@Autowired
	AccountFixtures accounts;

	@Test
	void twoLoadersAtOnceCreateOneSetOfAccounts() {
		String email = AccountFixtures.uniqueEmail("demo-once");
		CyclicBarrier start = new CyclicBarrier(2);
		Runnable loader = () -> {
			await(start);
			lock.whileHeld(() -> {
				if (people.existsByEmail(email)) {
					return;
				}
				pause(); // the window in which, without the lock, the other loader also finds nothing
				accounts.aPerson().withEmail(email).withRoles(Role.PRACTITIONER).create();
			});
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(loader), CompletableFuture.runAsync(loader)).join();

		assertThat(people.findAll().stream().filter(person -> person.email().equalsIgnoreCase(email))).hasSize(1);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
