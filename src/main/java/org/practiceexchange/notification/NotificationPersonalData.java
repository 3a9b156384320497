package org.practiceexchange.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.practiceexchange.shared.privacy.DataSubject;
import org.practiceexchange.shared.privacy.PersonalData;
import org.springframework.stereotype.Component;

/** Each person's choice per kind of notification (kept by e-mail address), for their export. */
@Component
class NotificationPersonalData implements PersonalData {

	private final NotificationPreferences preferences;

	NotificationPersonalData(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public String section() {
		return "notificationChoices";
	}

	@Override
	public Object export(DataSubject person) {
		Map<String, String> choices = new LinkedHashMap<>();
		if (person.email() != null) {
			preferences.choicesOf(person.email()).forEach((kind, delivery) -> choices.put(kind.name(), delivery.name()));
		}
		return choices;
	}

	/** Choices are settings, not records: they never keep an unconfirmed registration. */
	@Override
	public boolean holdsRecordsOf(DataSubject person) {
		return false;
	}
}
