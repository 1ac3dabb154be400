package org.samvad.admin.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.samvad.admin.summary.Summary.ChildPage;
import org.samvad.admin.summary.Summary.ChildSummary;

/**
 * Sorting and paging of a children table whose cells are already suppressed. Rows
 * whose sort figure is withheld come last whatever the order, by code, so that their
 * place in the order does not hint at the figure. Pure.
 */
final class ChildTable {

    static final int MAX_SIZE = 2000;

    /** A sort column and direction, checked. */
    record Order(String sort, boolean descending) {

        static Order of(String sort, String order) {
            String column = sort == null ? "code" : sort;
            if (!List.of("respondents", "responseRate", "name", "code").contains(column)) {
                throw new IllegalArgumentException("'sort' is one of respondents, responseRate, name, code.");
            }
            String direction = order == null ? "asc" : order.toLowerCase(Locale.ROOT);
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new IllegalArgumentException("'order' is asc or desc.");
            }
            return new Order(column, direction.equals("desc"));
        }
    }

    private ChildTable() {
    }

    /** All rows in the order asked. */
    static List<ChildSummary> sorted(List<ChildSummary> rows, Order order) {
        Comparator<ChildSummary> byCode = Comparator.comparing(ChildSummary::code);
        Comparator<ChildSummary> comparator = switch (order.sort()) {
            case "respondents" -> figure(row -> row.totals().respondents(), order.descending());
            case "responseRate" -> figure(row -> row.totals().responseRate(), order.descending());
            case "name" -> direction(Comparator.comparing(ChildSummary::nameEn, String.CASE_INSENSITIVE_ORDER),
                    order.descending());
            default -> direction(byCode, order.descending());
        };
        return rows.stream().sorted(comparator.thenComparing(byCode)).toList();
    }

    /** One page of the rows, in the order asked. */
    static ChildPage page(List<ChildSummary> rows, Order order, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("'page' is 0 or more and 'size' 1 to " + MAX_SIZE + ".");
        }
        List<ChildSummary> sorted = sorted(rows, order);
        long from = Math.min((long) page * size, sorted.size());
        List<ChildSummary> items = sorted.subList((int) from, (int) Math.min(from + size, sorted.size()));
        return new ChildPage(rows.size(), page, size, order.sort(), order.descending() ? "desc" : "asc", items);
    }

    /** Withheld figures last, then nulls (no roster), then the values in the direction asked. */
    private static Comparator<ChildSummary> figure(Function<ChildSummary, Cell> cell, boolean descending) {
        Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.<ChildSummary, Integer>comparing(row -> cell.apply(row).suppressed() ? 2
                        : cell.apply(row).value() == null ? 1 : 0)
                .thenComparing(row -> {
                    Number value = cell.apply(row).value();
                    return value == null ? 0.0 : value.doubleValue();
                }, values);
    }

    private static <T> Comparator<T> direction(Comparator<T> comparator, boolean descending) {
        return descending ? comparator.reversed() : comparator;
    }
}
