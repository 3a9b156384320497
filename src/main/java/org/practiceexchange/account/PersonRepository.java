package org.practiceexchange.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, Long id);

	@Query("""
			select distinct p from Person p left join p.roles r
			where (:query is null or lower(p.name) like lower(concat('%', cast(:query as string), '%'))
			                      or p.email like lower(concat('%', cast(:query as string), '%')))
			  and (:role is null or r = :role)
			  and (:status is null or p.status = :status)
			""")
	Page<Person> search(String query, Role role, PersonStatus status, Pageable pageable);

	@Query("select p.id from Person p where p.status = 'UNVERIFIED' and p.createdAt < :cutOff")
	List<Long> findUnverifiedCreatedBefore(java.time.Instant cutOff);

	@Query("select p from Person p join p.roles r where r = :role and p.status = 'ACTIVE' order by p.name")
	List<Person> findActiveWithRole(Role role);
}
