package org.samvad.db.worker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.samvad.db.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** Maps a worker's row by hand; see {@link WorkerReads}. */
class WorkerReadsImpl implements WorkerReads {

    private static final String BY_TELEGRAM_USER = """
            select id, telegram_user_id, chat_id, name, phone, joined_via, invitation_code, language, status,
                   location_code, state_code, district_code, assembly_code, booth_code, created_at, updated_at,
                   forgotten_at, age_band, gender, social_category, minority, profile_question, version
            from worker where telegram_user_id = :telegramUserId""";

    private final NamedParameterJdbcOperations jdbc;

    WorkerReadsImpl(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Worker> findByTelegramUserId(long telegramUserId) {
        return jdbc.query(BY_TELEGRAM_USER, new MapSqlParameterSource("telegramUserId", telegramUserId),
                (rs, row) -> worker(rs)).stream().findFirst();
    }

    private static Worker worker(ResultSet rs) throws SQLException {
        String joinedVia = rs.getString(6);
        String language = rs.getString(8);
        return new Worker(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                joinedVia == null ? null : JoinedVia.valueOf(joinedVia), rs.getString(7),
                language == null ? null : Language.ofCode(language), WorkerStatus.valueOf(rs.getString(9)),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                instant(rs.getTimestamp(15)), instant(rs.getTimestamp(16)), instant(rs.getTimestamp(17)),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getObject(21, Boolean.class),
                rs.getObject(22, Integer.class), rs.getInt(23));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
