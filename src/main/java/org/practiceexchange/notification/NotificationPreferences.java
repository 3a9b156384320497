package org.practiceexchange.notification;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice, per kind of notification, keyed by their (lower-case) e-mail address. */
@Service
@Transactional(readOnly = true)
class NotificationPreferences {

	private final NotificationPreferenceRepository preferences;

	NotificationPreferences(NotificationPreferenceRepository preferences) {
		this.preferences = preferences;
	}

	Delivery deliveryOf(String email, NotificationKind kind) {
		return preferences.findByEmailAndKind(normalise(email), kind)
			.map(NotificationPreference::delivery)
			.orElse(Delivery.IMMEDIATELY);
	}

	Map<NotificationKind, Delivery> choicesOf(String email) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			choices.put(kind, Delivery.IMMEDIATELY);
		}
		preferences.findByEmail(normalise(email)).forEach(p -> choices.put(p.kind(), p.delivery()));
		return choices;
	}

	@Transactional
	void choose(String email, Map<NotificationKind, Delivery> choices) {
		String address = normalise(email);
		choices.forEach((kind, delivery) -> preferences.findByEmailAndKind(address, kind)
			.ifPresentOrElse(existing -> existing.change(delivery),
					() -> preferences.save(new NotificationPreference(address, kind, delivery))));
	}

	private static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
