package org.samvad.admin.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.samvad.db.roster.RosterImporter.Row;

/**
 * Reads a roster CSV: a header row naming the columns {@code phone}, {@code name} and
 * {@code booth} (any order and case; other columns are ignored), then one worker a line.
 * Blank lines are skipped. Problems are reported by line, never with a row's phone or name.
 */
final class RosterCsv {

    static final List<String> COLUMNS = List.of("phone", "name", "booth");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true)
            .get();

    private RosterCsv() {
    }

    /** The rows read, each with the line it starts on, and the problems of lines that could not be read. */
    record Read(List<Row> rows, List<Long> lines, List<RosterRejected.LineError> errors) {
    }

    static Read read(String csv) {
        List<Row> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<RosterRejected.LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(stripBom(csv))).setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> columns = header(records);
            if (columns == null) {
                errors.add(new RosterRejected.LineError(1, "the first line names the columns phone, name and booth"));
                return new Read(rows, lines, errors);
            }
            int width = columns.values().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
            long line = parser.getCurrentLineNumber() + 1;
            while (hasNext(records, line)) {
                CSVRecord record = records.next();
                if (!isBlank(record)) {
                    if (record.size() < width) {
                        errors.add(new RosterRejected.LineError(line, "the line has " + record.size() + " of "
                                + width + " columns"));
                    } else {
                        rows.add(new Row(record.get(columns.get("phone")), emptyToNull(record.get(columns.get("name"))),
                                record.get(columns.get("booth"))));
                        lines.add(line);
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Unreadable e) {
            errors.add(new RosterRejected.LineError(e.line, "the CSV cannot be read from here on (an unclosed quote?)"));
        }
        return new Read(rows, lines, errors);
    }

    /** The index of each needed column by its name; null when the header lacks one. */
    private static Map<String, Integer> header(Iterator<CSVRecord> records) {
        if (!hasNext(records, 1)) {
            return null;
        }
        List<String> names = records.next().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        if (!names.containsAll(COLUMNS)) {
            return null;
        }
        return Map.of("phone", names.indexOf("phone"), "name", names.indexOf("name"), "booth",
                names.indexOf("booth"));
    }

    private static boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new Unreadable(line);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
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
