package org.samvad.admin.location;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.samvad.db.location.LocationImporter.Row;

/**
 * Reads a location master CSV. The header row names the columns (any order and case,
 * spaces or underscores; other columns are ignored) in one of two forms:
 * <ul>
 *   <li>{@code level,code,parent_code,name_en,name_hi}: any level, codes as given;</li>
 *   <li>the election-data form of {@code shared/data}: {@code state_code,district_code
 *       [,assembly_no[,booth_no]],name_en,name_hi}: the deepest column present is the
 *       level, and codes are built as {@code BR-KAI}, {@code BR-KAI-203},
 *       {@code BR-KAI-203-001}.</li>
 * </ul>
 * Blank lines are skipped; problems are reported by line (the header is line 1).
 */
final class LocationCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true)
            .get();
    private static final List<String> MASTER = List.of("level", "code", "parent_code", "name_en", "name_hi");
    private static final List<String> ELECTION = List.of("state_code", "name_en", "name_hi");
    private static final Map<String, String> ALIASES = Map.of("parent", "parent_code", "english_name", "name_en",
            "hindi_name", "name_hi", "assembly_code", "assembly_no", "booth_code", "booth_no");

    private LocationCsv() {
    }

    /** A line that cannot be read or imported, and why. */
    record LineError(long line, String message) {
    }

    /** The rows read, each with the line it starts on, and the problems of lines that could not be read. */
    record Read(List<Row> rows, List<Long> lines, List<LineError> errors) {
    }

    static Read read(String csv) {
        List<Row> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(stripBom(csv))).setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = hasNext(records, 1)
                    ? records.next().stream().map(LocationCsv::columnName).toList() : null;
            Optional<Function<Fields, Row>> form = form(names, errors);
            if (form.isEmpty()) {
                return new Read(rows, lines, errors);
            }
            Map<String, Integer> index = names.stream().distinct().collect(Collectors.toMap(n -> n, names::indexOf));
            long line = parser.getCurrentLineNumber() + 1;
            while (hasNext(records, line)) {
                CSVRecord record = records.next();
                if (record.stream().anyMatch(value -> !value.isEmpty())) {
                    Fields fields = new Fields(record, index);
                    if (record.size() < fields.width()) {
                        errors.add(new LineError(line, "the line has " + record.size() + " of " + fields.width()
                                + " columns"));
                    } else {
                        rows.add(form.get().apply(fields));
                        lines.add(line);
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Unreadable e) {
            errors.add(new LineError(e.line, "the CSV cannot be read from here on (an unclosed quote?)"));
        }
        return new Read(rows, lines, errors);
    }

    private static Optional<Function<Fields, Row>> form(List<String> names, List<LineError> errors) {
        if (names == null) {
            errors.add(new LineError(1, "the CSV is empty; the first line names the columns "
                    + String.join(", ", MASTER)));
            return Optional.empty();
        }
        if (names.containsAll(MASTER)) {
            return Optional.of(f -> new Row(f.get("level"), upper(f.get("code")), upper(f.get("parent_code")),
                    f.get("name_en"), f.get("name_hi")));
        }
        if (names.containsAll(ELECTION)) {
            return Optional.of(LocationCsv::election);
        }
        errors.add(new LineError(1, "the first line names the columns " + String.join(", ", MASTER)
                + " (or state_code, district_code, assembly_no, booth_no, name_en, name_hi)"));
        return Optional.empty();
    }

    /** A row of the election-data form: the codes joined from the parts, the deepest part present is the level. */
    private static Row election(Fields f) {
        List<String> parts = new ArrayList<>();
        for (String column : List.of("state_code", "district_code", "assembly_no", "booth_no")) {
            String value = f.has(column) ? f.get(column) : "";
            if (value.isEmpty()) {
                break;
            }
            parts.add(column.equals("booth_no") ? pad(value) : upper(value));
        }
        String level = switch (parts.size()) {
            case 1 -> "STATE";
            case 2 -> "DISTRICT";
            case 3 -> "ASSEMBLY";
            case 4 -> "BOOTH";
            default -> "";
        };
        String code = parts.isEmpty() ? null : String.join("-", parts);
        String parent = parts.size() < 2 ? null : String.join("-", parts.subList(0, parts.size() - 1));
        return new Row(level, code, parent, f.get("name_en"), f.get("name_hi"));
    }

    private static String pad(String number) {
        return number.chars().allMatch(Character::isDigit) && number.length() < 3
                ? "0".repeat(3 - number.length()) + number : upper(number);
    }

    private static String columnName(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return ALIASES.getOrDefault(name, name);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new Unreadable(line);
        }
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }

    /** One record's values by column name. */
    private static final class Fields {

        private final CSVRecord record;
        private final Map<String, Integer> index;

        Fields(CSVRecord record, Map<String, Integer> index) {
            this.record = record;
            this.index = index;
        }

        boolean has(String column) {
            return index.containsKey(column);
        }

        String get(String column) {
            Integer i = index.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        int width() {
            return index.entrySet().stream().filter(e -> MASTER.contains(e.getKey()) || ELECTION.contains(e.getKey()))
                    .mapToInt(Map.Entry::getValue).max().orElse(0) + 1;
        }
    }

    /** The parser met text it cannot read, at the record starting on {@code line}. */
    private static final class Unreadable extends RuntimeException {

        private final long line;

        Unreadable(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
