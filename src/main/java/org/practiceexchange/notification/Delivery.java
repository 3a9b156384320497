package org.practiceexchange.notification;

public enum Delivery {
	IMMEDIATELY, DAILY_DIGEST, OFF
}
