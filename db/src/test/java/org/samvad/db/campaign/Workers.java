package org.samvad.db.campaign;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Active workers written straight into the worker table, for the planner's tests. */
final class Workers {

    private Workers() {
    }

    /**
     * {@code count} active workers at a booth, with Telegram user and chat ids from
     * {@code firstTelegramId} on, in the given language (null for none).
     */
    static void atBooth(JdbcClient jdbc, String booth, long firstTelegramId, int count, String language) {
        jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                    district_code, assembly_code, booth_code, created_at, updated_at, version)
                select :first + n, :first + n, 'Worker', :language, 'ACTIVE', b.code, b.state_code, b.district_code,
                       b.assembly_code, b.code, now(), now(), 0
                from location b, generate_series(0, :count - 1) n where b.code = :booth""")
                .param("first", firstTelegramId).param("language", language).param("count", count)
                .param("booth", booth).update();
    }
}
