package org.samvad.db.roster;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Stores the roster by ten-digit phone number. */
public interface RosterRepository extends ListCrudRepository<RosterEntry, String> {

    List<RosterEntry> findByBoothCode(String boothCode);
}
