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

/** What a budget line pays for: a short fixed list, named in the interface text (budgetCategory.*). */
enum BudgetCategory {
	STAFF_TIME, TRAVEL, MATERIALS, DISSEMINATION, OTHER
}
