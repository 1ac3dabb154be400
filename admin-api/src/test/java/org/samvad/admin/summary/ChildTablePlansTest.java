package org.samvad.admin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samvad.admin.AdminApiApplication;
import org.samvad.db.location.LocationLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A district's children table is planned for its district every time: were it prepared
 * on the server, the generic plan would join its two ranges by nested loop (see
 * {@link SummaryQueries#below}). Other children tables are prepared as usual.
 */
@SpringBootTest(classes = AdminApiApplication.class, properties = "samvad.test.database=summaries-naive")
class ChildTablePlansTest {

    private static final Subject FIRST_VERSION = new Subject(List.of(1L));

    @Autowired SummaryQueries queries;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aDistrictsTablesAreNeverPreparedOnTheServerOthersAre() {
        Place kaimur = new Place("BR-KAI", LocationLevel.DISTRICT, "BR", "Kaimur", "कैमूर");
        Place bihar = new Place("BR", LocationLevel.STATE, "BR", "Bihar", "बिहार");
        transactions.executeWithoutResult(status -> {
            for (int run = 0; run < 8; run++) {
                assertThat(queries.below(FIRST_VERSION, kaimur, LocationLevel.BOOTH)).hasSize(20);
                assertThat(queries.below(FIRST_VERSION, kaimur, LocationLevel.ASSEMBLY)).hasSize(4);
                assertThat(queries.below(FIRST_VERSION, bihar, LocationLevel.DISTRICT)).hasSize(38);
            }
            assertThat(prepared("%district_code = $2 and level = $3 and dimension = 'all') ro%")).isZero();
            assertThat(prepared("%left join lateral%")).isPositive();
        });
    }

    /** Statements prepared on this transaction's connection whose text is like the pattern. */
    private long prepared(String like) {
        return jdbc.queryForObject("select count(*) from pg_prepared_statements where statement like ?", Long.class,
                like);
    }
}
