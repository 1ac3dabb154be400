package org.samvad.db.location;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Reads the location hierarchy. */
public interface LocationRepository extends ListCrudRepository<Location, String> {

    /** The children of a location, by number and then English name. */
    List<Location> findByParentCodeOrderByNumberAscNameEnAsc(String parentCode);

    /** The locations with no parent: the states. */
    List<Location> findByParentCodeIsNullOrderByNameEnAsc();
}
