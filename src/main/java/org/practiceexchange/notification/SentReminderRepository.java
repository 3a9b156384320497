package org.practiceexchange.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentReminderRepository extends JpaRepository<SentReminder, Long> {

	boolean existsByReminderKey(String reminderKey);
}
