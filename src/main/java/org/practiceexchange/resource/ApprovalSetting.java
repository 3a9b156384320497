package org.practiceexchange.resource;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A programme's choice of who approves its outputs; programmes without one use programme managers. */
@Entity
@Table(name = "output_approval_setting")
class ApprovalSetting {

	@Id
	private Long programmeId;

	@Enumerated(EnumType.STRING)
	private Approver approver;

	protected ApprovalSetting() {
	}

	ApprovalSetting(Long programmeId, Approver approver) {
		this.programmeId = programmeId;
		this.approver = approver;
	}

	Approver approver() {
		return approver;
	}

	void change(Approver approver) {
		this.approver = approver;
	}
}
