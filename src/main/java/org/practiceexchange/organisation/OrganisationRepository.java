package org.practiceexchange.organisation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	@Query("""
			select o from Organisation o
			where (:query is null or lower(o.name) like lower(concat('%', cast(:query as string), '%')))
			  and (:type is null or o.type = :type)
			  and (:region is null or o.region = :region)
			""")
	Page<Organisation> search(String query, OrganisationType type, Region region, Pageable pageable);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	List<Organisation> findAll(Sort sort);
}
