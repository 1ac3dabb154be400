package org.samvad.admin.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.samvad.admin.NotFoundException;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.roster.RosterEntry;
import org.samvad.db.roster.RosterImporter;
import org.samvad.db.roster.RosterRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports roster CSVs all or nothing, and lists the roster of an area. */
@Service
class Rosters {

    private final RosterImporter importer;
    private final RosterRepository roster;
    private final LocationRepository locations;

    Rosters(RosterImporter importer, RosterRepository roster, LocationRepository locations) {
        this.importer = importer;
        this.roster = roster;
        this.locations = locations;
    }

    /** How many workers an import added and how many it updated (same phone: new name and booth). */
    record Imported(int imported, int updated) {
    }

    /**
     * Imports every row of a CSV, or none.
     *
     * @throws RosterRejected listing every line that cannot be imported; the transaction is then rolled back
     */
    @Transactional
    Imported importCsv(String csv) {
        RosterCsv.Read read = RosterCsv.read(csv);
        List<RosterRejected.LineError> errors = new ArrayList<>(read.errors());
        RosterImporter.Result result = importer.importRows(read.rows());
        result.rejected().forEach(rejected -> errors.add(
                new RosterRejected.LineError(read.lines().get(rejected.line() - 1), rejected.problem())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(RosterRejected.LineError::line));
            throw new RosterRejected(errors);
        }
        return new Imported(result.added(), result.updated());
    }

    /** The entries at every booth within a location, by booth and phone. */
    @Transactional(readOnly = true)
    List<RosterEntry> within(String locationCode) {
        if (locationCode == null || locationCode.isBlank()) {
            throw new IllegalArgumentException("Give the 'location' whose roster to list.");
        }
        if (!locations.existsById(locationCode)) {
            throw new NotFoundException("No location has the code '" + locationCode + "'.");
        }
        return roster.findWithin(locationCode);
    }
}
