package org.practiceexchange.learningset;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SetMeetingRepository extends JpaRepository<SetMeeting, Long> {

	List<SetMeeting> findByProjectIdOrderByHeldOnDescIdDesc(Long projectId);
}

interface SetActionRepository extends JpaRepository<SetAction, Long> {

	List<SetAction> findByProjectIdOrderByIdAsc(Long projectId);
}
