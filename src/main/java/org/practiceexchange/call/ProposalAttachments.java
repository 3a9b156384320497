package org.practiceexchange.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.practiceexchange.account.SignedInPerson;
import org.practiceexchange.resource.UploadedFiles;
import org.practiceexchange.shared.DomainRuleException;
import org.practiceexchange.shared.RecordNotFoundException;
import org.practiceexchange.shared.privacy.Audit;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A proposal's attachments: its co-writers add and remove them while it is a draft (the files are checked as
 * outputs' files are); once submitted they are part of the record. Whoever may see the proposal (its
 * organisations' provider leads, its assigned reviewers, managers) may download them; anyone else is told
 * the proposal is not found.
 */
@Service
@Transactional
class ProposalAttachments {

	/** Enough for letters of support from each partner and a budget sheet. */
	static final int MAX_PER_PROPOSAL = 10;

	private final ProposalAttachmentRepository attachments;

	private final ProposalAccess access;

	private final UploadedFiles files;

	private final Audit audit;

	private final Clock clock;

	ProposalAttachments(ProposalAttachmentRepository attachments, ProposalAccess access, UploadedFiles files, Audit audit,
			Clock clock) {
		this.attachments = attachments;
		this.access = access;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** An attachment as pages and the API list it. */
	record AttachmentView(Long id, String fileName, String mediaType, long size, Instant uploadedAt) {

		/** The size as people read it: "12 KB", "1.4 MB". */
		public String readableSize() {
			if (size < 1024 * 1024) {
				return Math.max(1, Math.round(size / 1024.0)) + " KB";
			}
			return String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
		}
	}

	/** An attachment's content, for the person downloading it. */
	record Download(String fileName, String mediaType, long size, Resource content) {
	}

	AttachmentView add(SignedInPerson me, Long proposalId, MultipartFile file) {
		Proposal proposal = access.writable(me, proposalId);
		proposal.checkEditable();
		if (file == null || file.isEmpty()) {
			throw new DomainRuleException("file", "Choose a file to upload");
		}
		if (attachments.countByProposalId(proposalId) >= MAX_PER_PROPOSAL) {
			throw new DomainRuleException("file", "A proposal can carry at most " + MAX_PER_PROPOSAL
					+ " attachments: remove one first");
		}
		UploadedFiles.Kept kept;
		try {
			kept = files.keep(file.getOriginalFilename(), file.getSize(), file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ProposalAttachment saved = attachments.save(new ProposalAttachment(proposalId, kept.name(), kept.mediaType(),
				kept.size(), kept.key(), me.id(), clock.instant()));
		audit.record("PROPOSAL_ATTACHMENT_ADDED", "Proposal", proposalId, null, "attachment=" + saved.id() + "; name="
				+ saved.fileName() + "; size=" + saved.size());
		return view(saved);
	}

	void remove(SignedInPerson me, Long proposalId, Long attachmentId) {
		Proposal proposal = access.writable(me, proposalId);
		proposal.checkEditable();
		ProposalAttachment attachment = own(proposalId, attachmentId);
		attachments.delete(attachment);
		audit.record("PROPOSAL_ATTACHMENT_REMOVED", "Proposal", proposalId, "attachment=" + attachmentId + "; name="
				+ attachment.fileName(), null);
	}

	@Transactional(readOnly = true)
	Download download(SignedInPerson me, Long proposalId, Long attachmentId) {
		access.visible(me, proposalId);
		ProposalAttachment attachment = own(proposalId, attachmentId);
		return new Download(attachment.fileName(), attachment.mediaType(), attachment.size(),
				files.open(attachment.storageKey()));
	}

	@Transactional(readOnly = true)
	List<AttachmentView> of(Long proposalId) {
		return attachments.findByProposalIdOrderByIdAsc(proposalId).stream().map(ProposalAttachments::view).toList();
	}

	/** An attachment of another proposal is not found, whatever the caller may see. */
	private ProposalAttachment own(Long proposalId, Long attachmentId) {
		return attachments.findById(attachmentId).filter(a -> a.proposalId().equals(proposalId))
			.orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
	}

	private static AttachmentView view(ProposalAttachment a) {
		return new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.size(), a.uploadedAt());
	}
}
