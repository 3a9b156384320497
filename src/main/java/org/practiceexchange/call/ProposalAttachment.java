package org.practiceexchange.call;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file a draft proposal carries (a letter of support, a budget sheet); its content sits in the file store. */
@Entity
@Table(name = "proposal_attachment")
class ProposalAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposalId;

	private String fileName;

	private String mediaType;

	private long size;

	private String storageKey;

	private Long uploadedBy;

	private Instant uploadedAt;

	protected ProposalAttachment() {
	}

	ProposalAttachment(Long proposalId, String fileName, String mediaType, long size, String storageKey, Long uploadedBy,
			Instant uploadedAt) {
		this.proposalId = proposalId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	Long id() { return id; }
	Long proposalId() { return proposalId; }
	String fileName() { return fileName; }
	String mediaType() { return mediaType; }
	long size() { return size; }
	String storageKey() { return storageKey; }
	Long uploadedBy() { return uploadedBy; }
	Instant uploadedAt() { return uploadedAt; }
}
