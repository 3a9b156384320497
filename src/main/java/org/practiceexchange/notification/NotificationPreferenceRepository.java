package org.practiceexchange.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

	List<NotificationPreference> findByEmail(String email);

	Optional<NotificationPreference> findByEmailAndKind(String email, NotificationKind kind);
}
