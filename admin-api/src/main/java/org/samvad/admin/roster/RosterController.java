package org.samvad.admin.roster;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.samvad.admin.access.Access;
import org.samvad.admin.access.Access.Scope;
import org.samvad.admin.access.CurrentCaller;
import org.samvad.db.access.Role;
import org.samvad.db.roster.RosterEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster: admins import it as CSV ({@code phone,name,booth}); admins, coordinators
 * and observers list an area's roster, the latter two with phones and names masked.
 */
@RestController
@RequestMapping("/api/roster")
class RosterController {

    private final Rosters rosters;
    private final CurrentCaller caller;

    RosterController(Rosters rosters, CurrentCaller caller) {
        this.rosters = rosters;
        this.caller = caller;
    }

    /** Imports every line or none: 200 with the counts; 422 listing every line that does not fit (or no header). */
    @PostMapping(consumes = "text/csv")
    @Access(roles = Role.ADMIN, audit = "roster.import")
    Rosters.Imported importCsv(@RequestBody(required = false) String csv) {
        return rosters.importCsv(csv == null ? "" : csv);
    }

    @GetMapping
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PARAMETER,
            parameters = "location", audit = "roster.list")
    List<EntryJson> list(@RequestParam String location) {
        Function<RosterEntry, EntryJson> json = caller.isAdmin() ? EntryJson::full : EntryJson::masked;
        return rosters.within(location).stream().map(json).toList();
    }

    /** A roster entry; {@code phone} and {@code name} are masked for all but admins, {@code name} null when unknown. */
    record EntryJson(String phone, String name, String booth, Instant importedAt) {

        static EntryJson full(RosterEntry entry) {
            return new EntryJson(entry.getPhone(), entry.getName(), entry.getBoothCode(), entry.getImportedAt());
        }

        static EntryJson masked(RosterEntry entry) {
            return new EntryJson(Masks.phone(entry.getPhone()), Masks.name(entry.getName()), entry.getBoothCode(),
                    entry.getImportedAt());
        }
    }
}
