package org.samvad.db.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports roster rows: a row for a phone already on the roster replaces its name and
 * booth. Rows that cannot be read are reported by line and left out; the rest are
 * imported all together.
 */
public class RosterImporter {

    static final int MAX_NAME_LENGTH = 100;

    private final RosterRepository roster;
    private final LocationRepository locations;
    private final Clock clock;

    public RosterImporter(RosterRepository roster, LocationRepository locations, Clock clock) {
        this.roster = roster;
        this.locations = locations;
        this.clock = clock;
    }

    /** One line of a roster: a phone number in any usual form, a name (or null), a booth code. */
    public record Row(String phone, String name, String boothCode) {

        @Override
        public String toString() {
            return "Row[phone=" + IndianMobile.masked(phone) + ", booth=" + boothCode + "]";
        }
    }

    /** A row left out: its 1-based line among the rows, and why (never the phone or the name). */
    public record Rejected(int line, String problem) {
    }

    /** What an import did. */
    public record Result(int added, int updated, List<Rejected> rejected) {

        public Result {
            rejected = List.copyOf(rejected);
        }
    }

    @Transactional
    public Result importRows(List<Row> rows) {
        Instant now = clock.instant();
        int added = 0;
        int updated = 0;
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Optional<String> phone = IndianMobile.normalise(row.phone());
            Optional<Location> booth = Optional.ofNullable(row.boothCode()).flatMap(locations::findById)
                    .filter(Location::isBooth);
            String problem = phone.isEmpty() ? "not an Indian mobile number"
                    : !seen.add(phone.get()) ? "the same phone number as an earlier line"
                    : booth.isEmpty() ? "no booth has the code '" + row.boothCode() + "'"
                    : row.name() != null && row.name().strip().length() > MAX_NAME_LENGTH
                            ? "the name is longer than " + MAX_NAME_LENGTH + " characters" : null;
            if (problem != null) {
                rejected.add(new Rejected(i + 1, problem));
                continue;
            }
            Optional<RosterEntry> existing = roster.findById(phone.get());
            existing.ifPresent(e -> e.reimport(row.name(), booth.get(), now));
            roster.save(existing.orElseGet(() -> RosterEntry.of(phone.get(), row.name(), booth.get(), now)));
            if (existing.isPresent()) {
                updated++;
            } else {
                added++;
            }
        }
        return new Result(added, updated, rejected);
    }
}
