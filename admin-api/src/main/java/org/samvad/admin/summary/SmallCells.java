package org.samvad.admin.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression with threshold k: a figure computed from 1 to k-1 people is
 * withheld (none, 0, is shown: it exposes nobody, and silent places are listed anyway).
 * Within one table whose cells add up to a figure shown elsewhere (children to their
 * parent, options to a question's answers, groups to the respondents), a single
 * withheld cell could be recovered as the total minus the rest; so when exactly one
 * cell is withheld, the next smallest non-zero cell is withheld too. Pure: no Spring,
 * no database.
 */
final class SmallCells {

    /** The smallest k allowed: below it suppression protects nobody. */
    static final int MINIMUM = 3;

    private final int k;

    SmallCells(int k) {
        if (k < MINIMUM) {
            throw new IllegalArgumentException("Small-cell suppression needs k of at least " + MINIMUM + ", not " + k);
        }
        this.k = k;
    }

    int k() {
        return k;
    }

    /** Whether a figure computed from {@code people} is withheld on its own account. */
    boolean tooFew(long people) {
        return people > 0 && people < k;
    }

    /** Which cells of one table to withhold, in the table's order. */
    List<Boolean> suppress(List<Long> counts) {
        return suppress(counts, List.of());
    }

    /**
     * Which cells of one table to withhold, given cells withheld already for another
     * reason ({@code already}, in the same order, or empty for none).
     */
    List<Boolean> suppress(List<Long> counts, List<Boolean> already) {
        List<Boolean> withheld = new ArrayList<>(counts.size());
        int count = 0;
        for (int i = 0; i < counts.size(); i++) {
            boolean out = tooFew(counts.get(i)) || (!already.isEmpty() && already.get(i));
            withheld.add(out);
            count += out ? 1 : 0;
        }
        if (count == 1) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!withheld.get(i) && counts.get(i) > 0 && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            if (next >= 0) {
                withheld.set(next, true);
            }
        }
        return withheld;
    }
}
