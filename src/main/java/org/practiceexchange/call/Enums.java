package org.practiceexchange.call;

enum ProposalStatus {
	DRAFT, SUBMITTED
}

enum PartnerStatus {
	INVITED, CONFIRMED, DECLINED
}

enum Decision {
	FUND, RESERVE, DECLINE
}

enum AssignmentStatus {
	ASSIGNED, SUBMITTED, CONFLICT
}
