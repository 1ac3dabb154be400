package org.samvad.admin.location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.samvad.db.location.LocationImporter;
import org.samvad.db.location.LocationRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports location master CSVs all or nothing, for the API and the command line. */
@Service
class Locations {

    private final LocationImporter importer;

    Locations(LocationImporter importer) {
        this.importer = importer;
    }

    /** How many locations an import added, how many got new names, and how many it left as they were. */
    record Imported(int added, int updated, int unchanged) {
    }

    /**
     * Imports every row of a CSV, or none.
     *
     * @throws LocationsRejected listing every line that cannot be imported; the transaction is then rolled back
     */
    @Transactional
    Imported importCsv(String csv) {
        LocationCsv.Read read = LocationCsv.read(csv);
        List<LocationCsv.LineError> errors = new ArrayList<>(read.errors());
        LocationImporter.Result result = importer.importRows(read.rows());
        result.rejected().forEach(rejected -> errors.add(
                new LocationCsv.LineError(read.lines().get(rejected.row() - 1), rejected.problem())));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(LocationCsv.LineError::line));
            throw new LocationsRejected(errors);
        }
        return new Imported(result.added(), result.updated(), result.unchanged());
    }

    @Configuration(proxyBeanMethods = false)
    static class Importer {

        @Bean
        LocationImporter locationImporter(LocationRepository locations, JdbcAggregateOperations aggregates) {
            return new LocationImporter(locations, aggregates);
        }
    }
}
