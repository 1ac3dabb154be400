package org.samvad.admin.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV (UTF-8, a header row) or as an XLSX sheet, row by row to the
 * response: the spreadsheet through POI's streaming SXSSF, which keeps only a window
 * of rows in memory. Numbers stay numbers; a withheld figure is the text
 * {@code suppressed}.
 */
final class Exports {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 100;

    private Exports() {
    }

    static void csv(List<String> header, Iterable<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .get());
        for (List<Object> row : rows) {
            printer.printRecord(row.stream().map(Exports::text).toList());
        }
        printer.flush();
    }

    static void xlsx(String sheetName, List<String> header, Iterable<List<Object>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            write(sheet.createRow(0), List.copyOf(header));
            int index = 1;
            for (List<Object> row : rows) {
                write(sheet.createRow(index++), row);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Cell figure) {
                value = figure.suppressed() ? Cell.SUPPRESSED_TEXT : figure.value();
            }
            if (value == null) {
                continue;
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof Cell figure) {
            return figure.text();
        }
        return value == null ? "" : value.toString();
    }
}
