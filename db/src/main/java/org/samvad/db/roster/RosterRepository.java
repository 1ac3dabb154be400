package org.samvad.db.roster;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores the roster by ten-digit phone number. */
public interface RosterRepository extends ListCrudRepository<RosterEntry, String> {

    List<RosterEntry> findByBoothCode(String boothCode);

    /** The entries at every booth within a location (a state, district, assembly or booth), by booth and phone. */
    @Query("""
            select r.* from roster_entry r join location b on b.code = r.booth_code
            where :locationCode in (b.code, b.assembly_code, b.district_code, b.state_code)
            order by r.booth_code, r.phone""")
    List<RosterEntry> findWithin(String locationCode);
}
