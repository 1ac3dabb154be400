package org.samvad.db.location;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Reads the location hierarchy. */
public interface LocationRepository extends ListCrudRepository<Location, String> {

    /**
     * The location with the code, as {@code findById} finds it but in one statement,
     * without a transaction of its own: it is on the path of every summary.
     */
    @Query("select * from location where code = :code")
    Optional<Location> findByCode(String code);

    /** The children of a location, by number and then English name. */
    List<Location> findByParentCodeOrderByNumberAscNameEnAsc(String parentCode);

    /**
     * The children of a location that a worker can register under: booths, and places
     * with at least one booth below them; by number, then English name.
     */
    @Query("""
            select c.* from location c
            where c.parent_code = :parentCode
              and (c.level = 'BOOTH'
                   or exists (select 1 from location b where b.level = 'BOOTH' and b.assembly_code = c.code)
                   or exists (select 1 from location b where b.level = 'BOOTH' and b.district_code = c.code))
            order by c.number nulls last, c.name_en""")
    List<Location> findChildrenWithBooths(String parentCode);

    /** The states with at least one booth, by English name. */
    @Query("""
            select s.* from location s
            where s.level = 'STATE'
              and exists (select 1 from location b where b.level = 'BOOTH' and b.state_code = s.code)
            order by s.name_en""")
    List<Location> findStatesWithBooths();
}
