package org.samvad.db.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The functions every summary calls keep their plans (V35). A later migration that
 * replaces one of them with {@code create or replace} drops its settings unless it
 * states them again, and summaries would quietly plan every call once more.
 */
@PostgresDataJdbcTest
class SummaryFunctionPlansTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theSummaryFunctionsKeepTheirPlans() {
        assertThat(jdbc.sql("""
                        select proname from pg_proc
                        where 'plan_cache_mode=force_generic_plan' = any (proconfig) order by proname""")
                .query(String.class).list())
                .containsExactly("rollup_group_counts", "rollup_stored_facets");
    }
}
