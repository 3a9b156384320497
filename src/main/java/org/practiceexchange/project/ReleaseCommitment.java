package org.practiceexchange.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.practiceexchange.shared.DomainRuleException;

/** Days of release a provider commits for one of its practitioners, and the days used. */
@Entity
@Table(name = "release_commitment")
class ReleaseCommitment {

	static final BigDecimal MINIMUM = BigDecimal.valueOf(5);

	@Embeddable
	static class Use {

		private LocalDate usedOn;

		private BigDecimal days;

		private String note;

		protected Use() {
		}

		Use(LocalDate usedOn, BigDecimal days, String note) {
			this.usedOn = usedOn;
			this.days = days;
			this.note = note;
		}

		LocalDate usedOn() {
			return usedOn;
		}

		BigDecimal days() {
			return days;
		}

		String note() {
			return note;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long projectId;

	private Long personId;

	private BigDecimal daysCommitted;

	private String reasonBelowMinimum;

	private Long committedBy;

	private Instant committedAt;

	@ElementCollection
	@CollectionTable(name = "release_use", joinColumns = @JoinColumn(name = "commitment_id"))
	@OrderColumn(name = "position")
	private List<Use> uses = new ArrayList<>();

	@Version
	private long version;

	protected ReleaseCommitment() {
	}

	ReleaseCommitment(Long projectId, Long personId) {
		this.projectId = projectId;
		this.personId = personId;
	}

	/**
	 * Commits days of release: at least five, unless the programme manager records why fewer
	 * ({@code reason} is only taken from them).
	 */
	void commit(BigDecimal days, String reason, boolean byManager, Long by, Instant now) {
		if (days.signum() <= 0) {
			throw new DomainRuleException("days", "Enter a number of days greater than nought");
		}
		boolean explained = byManager && reason != null && !reason.isBlank();
		if (days.compareTo(MINIMUM) < 0 && !explained) {
			throw new DomainRuleException("days", byManager
					? "Fewer than five days needs a reason: record why"
					: "Commit at least five days of release; only the programme manager can agree fewer, with a reason");
		}
		this.daysCommitted = days;
		this.reasonBelowMinimum = days.compareTo(MINIMUM) < 0 ? reason.strip() : null;
		this.committedBy = by;
		this.committedAt = now;
	}

	void logUse(LocalDate on, BigDecimal days, String note) {
		if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(5)) > 0) {
			throw new DomainRuleException("days", "Log between half a day and five days at a time");
		}
		uses.add(new Use(on, days, note == null || note.isBlank() ? null : note.strip()));
	}

	BigDecimal used() {
		return uses.stream().map(Use::days).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	Long personId() {
		return personId;
	}

	BigDecimal daysCommitted() {
		return daysCommitted;
	}

	String reasonBelowMinimum() {
		return reasonBelowMinimum;
	}

	List<Use> uses() {
		return uses;
	}
}
