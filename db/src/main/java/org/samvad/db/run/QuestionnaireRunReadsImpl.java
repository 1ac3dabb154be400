package org.samvad.db.run;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** Reads a run with its answers as one join; see {@link QuestionnaireRunReads}. */
class QuestionnaireRunReadsImpl implements QuestionnaireRunReads {

    private static final String IN_PROGRESS = """
            select r.id, r.worker_id, r.questionnaire_id, r.campaign_id, r.state_code, r.district_code,
                   r.assembly_code, r.booth_code, r.status, r.position, r.confirming, r.skipped, r.selection,
                   r.started_at, r.completed_at, r.last_activity_at, r.reminded_at, r.version,
                   a.question_key, a.option_key, a.option_keys, a.number_value, a.text_value, a.phone, a.answered_at,
                   a.text_language, a.sentiment, a.themes, a.tokens, a.terms, a.person_key
            from questionnaire_run r
            left join answer a on a.run_id = r.id and a.state_code = r.state_code
            where r.id = (select id from questionnaire_run
                          where worker_id = :workerId and status = 'IN_PROGRESS' order by id limit 1)""";

    private final NamedParameterJdbcOperations jdbc;

    QuestionnaireRunReadsImpl(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> findWorkerOfRunInProgress(long runId) {
        return jdbc.query("select worker_id from questionnaire_run where id = :runId and status = 'IN_PROGRESS'",
                new MapSqlParameterSource("runId", runId), (rs, row) -> rs.getLong(1)).stream().findFirst();
    }

    @Override
    public Optional<QuestionnaireRun> findInProgress(long workerId) {
        return Optional.ofNullable(jdbc.query(IN_PROGRESS, new MapSqlParameterSource("workerId", workerId),
                (ResultSetExtractor<QuestionnaireRun>) QuestionnaireRunReadsImpl::run));
    }

    private static QuestionnaireRun run(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return null;
        }
        Map<String, Answer> answers = new HashMap<>();
        long id = rows.getLong("id");
        Long campaignId = rows.getObject("campaign_id", Long.class);
        QuestionnaireRunRow row = new QuestionnaireRunRow(id, rows.getLong("worker_id"),
                rows.getLong("questionnaire_id"), campaignId, rows.getString("state_code"),
                rows.getString("district_code"), rows.getString("assembly_code"), rows.getString("booth_code"),
                RunStatus.valueOf(rows.getString("status")), rows.getInt("position"), rows.getBoolean("confirming"),
                strings(rows.getArray("skipped")), strings(rows.getArray("selection")), instant(rows, "started_at"),
                instant(rows, "completed_at"), instant(rows, "last_activity_at"), instant(rows, "reminded_at"),
                rows.getInt("version"));
        do {
            String key = rows.getString("question_key");
            if (key != null) {
                answers.put(key, answer(rows));
            }
        } while (rows.next());
        return row.with(answers);
    }

    private static Answer answer(ResultSet rows) throws SQLException {
        return new Answer(rows.getString("option_key"), strings(rows.getArray("option_keys")),
                rows.getObject("number_value", Integer.class), rows.getString("text_value"), rows.getString("phone"),
                instant(rows, "answered_at"), rows.getString("text_language"), rows.getString("sentiment"),
                strings(rows.getArray("themes")), strings(rows.getArray("tokens")), strings(rows.getArray("terms")),
                rows.getString("person_key"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The run's own columns, before its answers are read. */
    private record QuestionnaireRunRow(long id, long workerId, long questionnaireId, Long campaignId, String stateCode,
            String districtCode, String assemblyCode, String boothCode, RunStatus status, int position,
            boolean confirming, List<String> skipped, List<String> selection, Instant startedAt, Instant completedAt,
            Instant lastActivityAt, Instant remindedAt, int version) {

        QuestionnaireRun with(Map<String, Answer> answers) {
            return new QuestionnaireRun(id, AggregateReference.to(workerId), AggregateReference.to(questionnaireId),
                    campaignId == null ? null : AggregateReference.to(campaignId), stateCode, districtCode,
                    assemblyCode, boothCode, status, position, confirming, skipped, selection, startedAt, completedAt,
                    lastActivityAt, remindedAt, answers, version);
        }
    }
}
