package org.samvad.db.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the location master: each row is added, or replaces the names of the location
 * with its code (so importing a file twice changes nothing). A row's parent is a stored
 * location or one on an earlier row; the ancestors' codes are copied from the parent,
 * and the number of an assembly constituency or booth is the last part of its code.
 * Rows that cannot be imported are reported by line and left out; the caller decides
 * whether the rest stand (the API and the command line roll back all when any is left out).
 */
public class LocationImporter {

    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
    private static final Pattern NUMBER = Pattern.compile(".*-0*([0-9]{1,9})");

    private final LocationRepository locations;
    private final JdbcAggregateOperations aggregates;

    public LocationImporter(LocationRepository locations, JdbcAggregateOperations aggregates) {
        this.locations = locations;
        this.aggregates = aggregates;
    }

    /** One line of the master: the level's name, the code, the parent's code (null for a state), both names. */
    public record Row(String level, String code, String parentCode, String nameEn, String nameHi) {
    }

    /** A row left out: its 1-based position among the rows, and why. */
    public record Rejected(int row, String problem) {
    }

    /** What an import did. */
    public record Result(int added, int updated, int unchanged, List<Rejected> rejected) {

        public Result {
            rejected = List.copyOf(rejected);
        }
    }

    @Transactional
    public Result importRows(List<Row> rows) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Location> parents = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Optional<Location> existing = Optional.ofNullable(row.code()).flatMap(locations::findById);
            String problem = problem(row, seen, existing);
            Location location = problem == null ? located(row, parents) : null;
            if (location == null) {
                rejected.add(new Rejected(i + 1, problem == null ? parentProblem(row) : problem));
            } else if (existing.isEmpty()) {
                parents.put(location.code(), location);
                aggregates.insert(location);
                added++;
            } else if (!existing.get().equals(location)) {
                parents.put(location.code(), location);
                aggregates.update(location);
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Result(added, updated, unchanged, rejected);
    }

    private static String problem(Row row, Set<String> seen, Optional<Location> existing) {
        Optional<LocationLevel> level = level(row.level());
        if (level.isEmpty()) {
            return "the level is not one of STATE, DISTRICT, ASSEMBLY, BOOTH";
        }
        if (row.code() == null || !CODE.matcher(row.code()).matches()) {
            return "the code is not 1 to 32 capital letters, digits, '-' or '_'";
        }
        if (!seen.add(row.code())) {
            return "the same code as an earlier line";
        }
        if (blank(row.nameEn()) || blank(row.nameHi())) {
            return "the English and the Hindi name are both needed";
        }
        if (row.nameEn().strip().length() > MAX_NAME_LENGTH || row.nameHi().strip().length() > MAX_NAME_LENGTH) {
            return "a name is longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (level.get() == LocationLevel.STATE && !blank(row.parentCode())) {
            return "a state has no parent";
        }
        if (existing.isPresent() && existing.get().level() != level.get()) {
            return "'" + row.code() + "' is stored as a " + existing.get().level() + "; its level cannot change";
        }
        if (existing.isPresent() && !Objects.equals(existing.get().parentCode(), emptyToNull(row.parentCode()))) {
            return "'" + row.code() + "' is stored under '" + existing.get().parentCode()
                    + "'; moving a location is not supported";
        }
        return null;
    }

    /**
     * The location a valid row describes; null when its parent is missing or not one level
     * up. Parents are looked up once per import ({@code parents} remembers them).
     */
    private Location located(Row row, Map<String, Location> parents) {
        LocationLevel level = level(row.level()).orElseThrow();
        String nameEn = row.nameEn().strip();
        String nameHi = row.nameHi().strip();
        if (level == LocationLevel.STATE) {
            return new Location(row.code(), level, null, row.code(), null, null, null, nameEn, nameHi);
        }
        String parentCode = emptyToNull(row.parentCode());
        Optional<Location> parent = Optional.ofNullable(parentCode == null ? null
                        : parents.computeIfAbsent(parentCode, code -> locations.findById(code).orElse(null)))
                .filter(p -> p.level().child().orElse(null) == level);
        if (parent.isEmpty()) {
            return null;
        }
        Location p = parent.get();
        return new Location(row.code(), level, p.code(), p.stateCode(),
                level == LocationLevel.DISTRICT ? row.code() : p.districtCode(),
                level == LocationLevel.ASSEMBLY ? row.code() : p.assemblyCode(),
                level == LocationLevel.DISTRICT ? null : number(row.code()), nameEn, nameHi);
    }

    private String parentProblem(Row row) {
        LocationLevel level = level(row.level()).orElseThrow();
        String wanted = level.ordinal() == 0 ? "" : LocationLevel.values()[level.ordinal() - 1].name();
        if (blank(row.parentCode())) {
            return "a " + level + " needs the code of its " + wanted;
        }
        return locations.findById(row.parentCode()).isPresent()
                ? "the parent '" + row.parentCode() + "' is not a " + wanted
                : "no location has the parent code '" + row.parentCode() + "' (parents come on earlier lines)";
    }

    private static Integer number(String code) {
        var matcher = NUMBER.matcher(code);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static Optional<LocationLevel> level(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (LocationLevel level : LocationLevel.values()) {
            if (level.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
