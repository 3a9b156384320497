package org.practiceexchange.account;

import java.time.Instant;
import java.util.List;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.practiceexchange.shared.privacy.RetentionPeriods;
import org.practiceexchange.shared.privacy.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** What the account module keeps only for a while: registrations never confirmed, and spent links. */
final class AccountRetention {

	private static final Logger log = LoggerFactory.getLogger(AccountRetention.class);

	private AccountRetention() {
	}

	/**
	 * Registrations whose e-mail link was never followed, older than
	 * {@code exchange.retention.unverified-registrations}. A person any other module holds records
	 * of (an application, say) is kept.
	 */
	@Component
	static class UnverifiedRegistrations implements RetentionRule {

		private final PersonRepository people;

		private final AccountTokenRepository tokens;

		private final ObjectProvider<PersonalData> personalData;

		private final RetentionPeriods periods;

		private final TransactionTemplate transactions;

		UnverifiedRegistrations(PersonRepository people, AccountTokenRepository tokens,
				ObjectProvider<PersonalData> personalData, RetentionPeriods periods, TransactionTemplate transactions) {
			this.people = people;
			this.tokens = tokens;
			this.personalData = personalData;
			this.periods = periods;
			this.transactions = transactions;
		}

		@Override
		public String name() {
			return "unverified registrations";
		}

		@Override
		public int purge(Instant now) {
			List<Long> candidates = people.findUnverifiedCreatedBefore(now.minus(periods.unverifiedRegistrations()));
			int removed = 0;
			for (Long id : candidates) {
				try {
					if (Boolean.TRUE.equals(transactions.execute(status -> remove(id)))) {
						removed++;
					}
				}
				catch (KeptAnyway kept) {
					// rolled back; the person stays
				}
			}
			return removed;
		}

		private boolean remove(Long id) {
			Person person = people.findById(id).orElse(null);
			if (person == null || person.status() != PersonStatus.UNVERIFIED) {
				return false;
			}
			DataSubject subject = new DataSubject(id, person.email());
			boolean hasRecords = personalData.orderedStream()
				.filter(data -> !AccountPersonalData.isOwn(data))
				.anyMatch(data -> data.holdsRecordsOf(subject));
			if (hasRecords) {
				log.info("Kept unverified registration {}: other records point at it", id);
				return false;
			}
			try {
				tokens.deleteByPerson(id);
				people.delete(person);
				people.flush();
				return true;
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Kept unverified registration {}: {}", id, ex.getMostSpecificCause().getMessage());
				throw new KeptAnyway(ex);
			}
		}
	}

	/** Rolls back one person's removal when the database finds records pointing at them. */
	static final class KeptAnyway extends RuntimeException {

		KeptAnyway(Throwable cause) {
			super(cause);
		}
	}

	/** Verification, invitation and reset links used or expired longer ago than {@code exchange.retention.spent-tokens}. */
	@Component
	static class SpentTokens implements RetentionRule {

		private final AccountTokenRepository tokens;

		private final RetentionPeriods periods;

		SpentTokens(AccountTokenRepository tokens, RetentionPeriods periods) {
			this.tokens = tokens;
			this.periods = periods;
		}

		@Override
		public String name() {
			return "spent e-mail links";
		}

		@Override
		@Transactional
		public int purge(Instant now) {
			return tokens.deleteSpentBefore(now.minus(periods.spentTokens()));
		}
	}
}
