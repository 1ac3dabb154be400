package org.samvad.db.run;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Writes a run's changes as plain SQL; see {@link QuestionnaireRunChanges}. */
class QuestionnaireRunChangesImpl implements QuestionnaireRunChanges {

    private static final String INSERT_RUN = """
            insert into questionnaire_run (worker_id, questionnaire_id, campaign_id, state_code, district_code,
                assembly_code, booth_code, status, position, confirming, skipped, selection, started_at, completed_at,
                last_activity_at, reminded_at, version)
            values (:workerId, :questionnaireId, :campaignId, :stateCode, :districtCode, :assemblyCode, :boothCode,
                :status, :position, :confirming, :skipped, :selection, :startedAt, :completedAt, :lastActivityAt,
                :remindedAt, 0)
            returning id""";
    private static final String UPDATE_RUN = """
            update questionnaire_run set status = :status, position = :position, confirming = :confirming,
                skipped = :skipped, selection = :selection, completed_at = :completedAt,
                last_activity_at = :lastActivityAt, reminded_at = :remindedAt, version = version + 1
            where id = :id and version = :version""";
    private static final String UPSERT_ANSWER = """
            insert into answer (run_id, question_key, state_code, option_key, option_keys, number_value, text_value,
                phone, answered_at, text_language, sentiment, themes, tokens, terms, person_key)
            values (:runId, :questionKey, :stateCode, :optionKey, :optionKeys, :numberValue, :textValue, :phone,
                :answeredAt, :textLanguage, :sentiment, :themes, :tokens, :terms, :personKey)
            on conflict (run_id, question_key, state_code) do update set option_key = excluded.option_key,
                option_keys = excluded.option_keys, number_value = excluded.number_value,
                text_value = excluded.text_value, phone = excluded.phone, answered_at = excluded.answered_at,
                text_language = excluded.text_language, sentiment = excluded.sentiment, themes = excluded.themes,
                tokens = excluded.tokens, terms = excluded.terms, person_key = excluded.person_key""";
    private static final String DELETE_ANSWERS = """
            delete from answer where run_id = :runId and state_code = :stateCode and question_key in (:keys)""";

    private final NamedParameterJdbcOperations jdbc;

    QuestionnaireRunChangesImpl(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public QuestionnaireRun saveChanges(QuestionnaireRun run) {
        int version;
        if (run.getId() == null) {
            run.inserted(insertRow(run));
            version = 0;
        } else {
            updateRow(run);
            version = run.getVersion() + 1;
        }
        Set<String> removed = run.removedAnswers();
        if (!removed.isEmpty()) {
            jdbc.update(DELETE_ANSWERS, new MapSqlParameterSource("runId", run.getId())
                    .addValue("stateCode", run.getStateCode()).addValue("keys", removed));
        }
        Map<String, Answer> changed = run.changedAnswers();
        if (!changed.isEmpty()) {
            jdbc.batchUpdate(UPSERT_ANSWER, changed.entrySet().stream()
                    .map(entry -> answerRow(run, entry.getKey(), entry.getValue())).toArray(SqlParameterSource[]::new));
        }
        run.stored(version);
        return run;
    }

    @Override
    public void markReminded(long runId, Instant at) {
        jdbc.update("update questionnaire_run set reminded_at = :at, version = version + 1 where id = :runId",
                new MapSqlParameterSource("runId", runId).addValue("at", timestamp(at)));
    }

    /** Inserts a new run's row, as version 0, in one statement; its answers follow like any changed ones. */
    private long insertRow(QuestionnaireRun run) {
        MapSqlParameterSource row = progress(run)
                .addValue("workerId", run.getWorkerId().getId())
                .addValue("questionnaireId", run.getQuestionnaireId().getId())
                .addValue("campaignId", run.getCampaignId() == null ? null : run.getCampaignId().getId())
                .addValue("stateCode", run.getStateCode())
                .addValue("districtCode", run.getDistrictCode())
                .addValue("assemblyCode", run.getAssemblyCode())
                .addValue("boothCode", run.getBoothCode())
                .addValue("startedAt", timestamp(run.getStartedAt()));
        return jdbc.queryForObject(INSERT_RUN, row, Long.class);
    }

    private void updateRow(QuestionnaireRun run) {
        MapSqlParameterSource row = progress(run).addValue("id", run.getId()).addValue("version", run.getVersion());
        if (jdbc.update(UPDATE_RUN, row) != 1) {
            throw new OptimisticLockingFailureException(
                    "Run " + run.getId() + " was changed since version " + run.getVersion() + " was read");
        }
    }

    /** The columns an answer or a timer changes. */
    private static MapSqlParameterSource progress(QuestionnaireRun run) {
        RunProgress progress = run.progress();
        return new MapSqlParameterSource("status", progress.status().name())
                .addValue("position", progress.position())
                .addValue("confirming", progress.confirming())
                .addValue("skipped", sorted(progress.skipped()))
                .addValue("selection", sorted(progress.selection()))
                .addValue("completedAt", timestamp(run.getCompletedAt()))
                .addValue("lastActivityAt", timestamp(run.getLastActivityAt()))
                .addValue("remindedAt", timestamp(run.getRemindedAt()));
    }

    private static SqlParameterSource answerRow(QuestionnaireRun run, String key, Answer answer) {
        return new MapSqlParameterSource("runId", run.getId())
                .addValue("questionKey", key)
                .addValue("stateCode", run.getStateCode())
                .addValue("optionKey", answer.optionKey())
                .addValue("optionKeys", array(answer.optionKeys()))
                .addValue("numberValue", answer.numberValue())
                .addValue("textValue", answer.textValue())
                .addValue("phone", answer.phone())
                .addValue("answeredAt", timestamp(answer.answeredAt()))
                .addValue("textLanguage", answer.textLanguage())
                .addValue("sentiment", answer.sentiment())
                .addValue("themes", array(answer.themes()))
                .addValue("tokens", array(answer.tokens()))
                .addValue("terms", array(answer.terms()))
                .addValue("personKey", answer.personKey());
    }

    private static String[] sorted(Set<String> keys) {
        return keys.stream().sorted().toArray(String[]::new);
    }

    private static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
