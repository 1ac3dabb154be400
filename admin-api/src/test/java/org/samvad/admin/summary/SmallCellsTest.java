package org.samvad.admin.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private final SmallCells cells = new SmallCells(5);

    @Test
    void withholdsFiguresFromOneToFourPeopleButNeverNone() {
        assertThat(cells.tooFew(0)).isFalse();
        assertThat(cells.tooFew(1)).isTrue();
        assertThat(cells.tooFew(4)).isTrue();
        assertThat(cells.tooFew(5)).isFalse();
    }

    @Test
    void withholdsTheNextSmallestWhenOnlyOneCellIsSmall() {
        assertThat(cells.suppress(List.of(12L, 3L, 0L, 7L, 9L))).containsExactly(false, true, false, true, false);
    }

    @Test
    void leavesTablesWithTwoSmallCellsAsTheyAre() {
        assertThat(cells.suppress(List.of(12L, 3L, 2L, 7L))).containsExactly(false, true, true, false);
    }

    @Test
    void withholdsNothingMoreWhenNoOtherCellHasAnyone() {
        assertThat(cells.suppress(List.of(0L, 3L, 0L))).containsExactly(false, true, false);
    }

    @Test
    void countsCellsWithheldForAnotherReasonAsWithheld() {
        assertThat(cells.suppress(List.of(10L, 1L, 20L), List.of(false, false, false)))
                .containsExactly(true, true, false);
        assertThat(cells.suppress(List.of(10L, 8L, 20L), List.of(false, true, false)))
                .containsExactly(true, true, false);
        assertThat(cells.suppress(List.of(10L, 3L, 20L), List.of(true, false, false)))
                .containsExactly(true, true, false);
    }

    @Test
    void aWithheldCellCannotBeRecoveredFromTheTotalAndTheCellsShown() {
        List<Long> counts = List.of(40L, 2L, 9L, 6L, 0L);
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Boolean> withheld = cells.suppress(counts);
        long shown = 0;
        int hidden = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (withheld.get(i)) {
                hidden++;
            } else {
                shown += counts.get(i);
            }
        }
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        assertThat(total - shown).isEqualTo(2 + 6);
    }

    @Test
    void refusesAThresholdBelowThree() {
        assertThatThrownBy(() -> new SmallCells(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3");
        assertThat(new SmallCells(3).k()).isEqualTo(3);
    }
}
