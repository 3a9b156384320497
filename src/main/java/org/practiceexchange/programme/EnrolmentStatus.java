package org.practiceexchange.programme;

public enum EnrolmentStatus {
	PENDING, ACCEPTED, DECLINED, WITHDRAWN
}
