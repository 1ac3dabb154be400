package org.samvad.admin.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samvad.admin.summary.Summary.ChildSummary;
import org.samvad.admin.summary.Summary.Headline;
import org.samvad.admin.summary.SummarySource.ChildCounts;
import org.samvad.admin.summary.SummarySource.Counts;

/**
 * Turns counts into the figures shown, withholding small cells ({@link SmallCells}):
 * respondents under k; completed runs when they or the runs not completed are under k
 * (either gives the other away); the whole row of a child withheld with its table's
 * complementary cell. Pure.
 */
final class Figures {

    private final SmallCells cells;

    Figures(SmallCells cells) {
        this.cells = cells;
    }

    SmallCells cells() {
        return cells;
    }

    /** An area's own headline. */
    Headline headline(Counts counts) {
        boolean respondents = cells.tooFew(counts.respondents());
        return headline(counts, respondents, respondents || completedGivesAway(counts));
    }

    /** Every child's headline, with complementary suppression down each column; in the children's order. */
    List<ChildSummary> children(List<ChildCounts> children) {
        List<Boolean> respondents = cells.suppress(children.stream().map(ChildCounts::respondents).toList());
        List<Boolean> already = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            already.add(respondents.get(i) || completedGivesAway(children.get(i).counts()));
        }
        List<Boolean> completed = cells.suppress(children.stream().map(ChildCounts::completed).toList(), already);
        List<ChildSummary> rows = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            ChildCounts child = children.get(i);
            rows.add(new ChildSummary(child.code(), child.level(), child.nameEn(), child.nameHi(),
                    headline(child.counts(), respondents.get(i), completed.get(i))));
        }
        return rows;
    }

    /** Counts by key, with complementary suppression among them; in the map's order. */
    Map<String, Cell> table(Map<String, Long> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        List<Boolean> withheld = cells.suppress(keys.stream().map(counts::get).toList());
        Map<String, Cell> table = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            table.put(keys.get(i), Cell.of(counts.get(keys.get(i)), withheld.get(i)));
        }
        return table;
    }

    private boolean completedGivesAway(Counts counts) {
        return cells.tooFew(counts.completed()) || cells.tooFew(counts.respondents() - counts.completed());
    }

    private static Headline headline(Counts counts, boolean respondents, boolean completed) {
        return new Headline(counts.roster(), Cell.of(counts.respondents(), respondents),
                Cell.of(counts.completed(), completed), Cell.ratio(counts.respondents(), counts.roster(), respondents),
                Cell.ratio(counts.completed(), counts.respondents(), completed));
    }
}
