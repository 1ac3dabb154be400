package org.samvad.admin.location;

import org.samvad.admin.access.Access;
import org.samvad.db.access.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The location master: admins import states, districts, assembly constituencies and
 * booths as CSV (see {@link LocationCsv} for the columns).
 */
@RestController
class LocationController {

    private final Locations locations;

    LocationController(Locations locations) {
        this.locations = locations;
    }

    /** Imports every line or none: 200 with the counts; 422 listing every line that does not fit. */
    @PostMapping(path = "/api/locations", consumes = "text/csv")
    @Access(roles = Role.ADMIN, audit = "locations.import")
    Locations.Imported importCsv(@RequestBody(required = false) String csv) {
        return locations.importCsv(csv == null ? "" : csv);
    }
}
