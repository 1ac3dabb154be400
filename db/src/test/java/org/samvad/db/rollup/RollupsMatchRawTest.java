package org.samvad.db.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samvad.db.Language;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Random workers, runs and answers stored through the repositories (as the bot stores
 * them: every save of a run deletes and re-inserts its answers), then changed the way
 * {@code /back}, review and completion change them, with folds at random moments: after
 * the last fold every roll-up equals the same figure counted from the raw tables, and so
 * does a rebuild from scratch.
 */
@PostgresDataJdbcTest
@ImportAutoConfiguration(RollupAutoConfiguration.class)
@TestPropertySource(properties = "samvad.rollups.folding=false")
class RollupsMatchRawTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String[] AGE_BANDS = {"18-35", "36-50", "51+", null};
    private static final String[] GENDERS = {"FEMALE", "MALE", "OTHER", null};
    private static final String[] CATEGORIES = {"SC", "ST", "OBC", "GENERAL", null};
    private static final Boolean[] MINORITY = {true, false, null};
    private static final String[] QUESTIONS = {"active", "training", "tasks", "members", "rating", "issues", "nominee"};
    private static final String[] LANGUAGES = {"hi", "hi-Latn", "en", "other"};
    private static final String[] SENTIMENTS = {"POSITIVE", "NEGATIVE", "NEUTRAL", null};
    private static final String[] THEMES = {"roads", "water", "jobs", "leadership"};
    private static final String[] TERMS = {"सड़क", "पानी", "naukri", "bijli", "school"};
    private static final String[][] PEOPLE = {{"ramesh kumar", "रमेश कुमार", "Ramesh Kumar"},
        {"sita devi", "सीता देवी"}, {"", "?"}};

    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired Rollups rollups;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void rollUpsEqualTheNaiveCountsAfterChangesRemovalsAndCompletions(long seed) {
        Random random = new Random(seed);
        addSecondStateAndQuestionnaire();
        List<Location> booths = jdbc.sql("select code from location where level = 'BOOTH' order by code")
                .query(String.class).list().stream().map(code -> locations.findById(code).orElseThrow()).toList();
        List<Questionnaire> versions = List.of(questionnaires.findLatestPublished("sangathan-srijan").orElseThrow(),
                questionnaires.findLatestPublished("rollup-test").orElseThrow());

        List<Worker> team = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            Worker worker = Worker.newcomer(1000L + i, 2000L + i, NOW);
            worker.update(Language.HI, "w" + i, null, 2000L + i, NOW);
            if (random.nextInt(10) > 0) {
                worker.settleAt(booths.get(random.nextInt(booths.size())), NOW);
            }
            Worker saved = workers.save(worker);
            setProfile(saved.getId(), random);
            if (saved.isActive()) {
                team.add(saved);
            }
        }
        List<QuestionnaireRun> started = new ArrayList<>();
        for (Worker worker : team) {
            QuestionnaireRun open = null;
            for (Questionnaire version : versions) {
                if (random.nextInt(3) > 0) {
                    if (open != null) {
                        // A worker has one run in progress at a time: the earlier one ends first.
                        open.advance(Map.of(), new RunProgress(0, java.util.Set.of(), java.util.Set.of(), false,
                                random.nextBoolean() ? RunStatus.COMPLETED : RunStatus.EXPIRED), NOW);
                        runs.save(open);
                    }
                    open = runs.save(QuestionnaireRun.start(worker, version, NOW));
                    started.add(open);
                }
            }
        }
        for (int step = 0; step < 400; step++) {
            QuestionnaireRun run = runs.findById(started.get(random.nextInt(started.size())).getId()).orElseThrow();
            Map<String, Answer> answers = new HashMap<>(run.getAnswers());
            int what = random.nextInt(10);
            RunStatus status = run.getStatus();
            if (what < 5 || answers.isEmpty()) {
                String key = QUESTIONS[random.nextInt(QUESTIONS.length)];
                answers.put(key, randomAnswer(key, random));
            } else if (what < 7) {
                answers.remove(new ArrayList<>(answers.keySet()).get(random.nextInt(answers.size())));
            } else if (what < 8) {
                answers.clear();
            } else if (what < 9 && status == RunStatus.IN_PROGRESS) {
                status = random.nextBoolean() ? RunStatus.COMPLETED : RunStatus.EXPIRED;
            } else {
                setProfile(run.getWorkerId().getId(), random);
                moveWorker(run.getWorkerId().getId(), booths.get(random.nextInt(booths.size())));
            }
            run.advance(answers, new RunProgress(answers.size(), java.util.Set.of(), java.util.Set.of(), false, status),
                    NOW);
            // Both ways of storing a run: rewriting all its answers, or only those that changed.
            if (random.nextBoolean()) {
                runs.save(run);
            } else {
                runs.saveChanges(run);
            }
            if (random.nextInt(40) == 0) {
                rollups.foldPending();
            }
        }
        jdbc.sql("update answer set number_value = number_value + 1 where number_value is not null and random() < 0.3")
                .update();
        jdbc.sql("delete from answer where question_key = 'issues' and random() < 0.3").update();
        rollups.foldPending();

        assertThat(rollups.pending()).isZero();
        assertRollUpsMatchRaw(versions);
        assertThat(jdbc.sql("""
                select count(*) from (
                    select state_code, location_code, level, parent_code, district_code from rollup_runs
                    union all
                    select state_code, location_code, level, parent_code, district_code from rollup_roster) r
                join location l on l.code = r.location_code
                where r.level <> l.level or r.state_code <> l.state_code
                   or r.parent_code <> coalesce(l.parent_code, 'IN')
                   or r.district_code is distinct from l.district_code""").query(Long.class).single()).isZero();

        Map<String, Long> folded = answerRows();
        rollups.rebuild();
        assertThat(answerRows()).isEqualTo(folded);
        assertRollUpsMatchRaw(versions);
        assertThat(rollups.pending()).isZero();
    }

    private void assertRollUpsMatchRaw(List<Questionnaire> versions) {
        assertThat(positive(jdbc.sql("""
                select state_code || '|' || location_code || '|' || dimension || '|' || value, workers
                from rollup_roster""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()))
                .isEqualTo(expectedRoster()).isNotEmpty();
        assertThat(positive(jdbc.sql("""
                select state_code || '|' || questionnaire_id || '|' || location_code || '|' || dimension || '|' || value,
                       respondents * 100000 + completed
                from rollup_runs""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()))
                .isEqualTo(expectedRuns()).isNotEmpty();
        assertThat(answerRows()).isEqualTo(expectedAnswers()).isNotEmpty();

        List<Long> ids = versions.stream().map(Questionnaire::id).toList();
        for (String code : jdbc.sql("""
                select distinct booth_code from questionnaire_run union all select 'IN'
                union all select code from location where level <> 'BOOTH'""").query(String.class).list()) {
            assertThat(facets(ids, code)).as(code).isEqualTo(naiveFacets(ids, code));
            assertThat(groupCounts(ids, code)).as(code).isEqualTo(naiveGroupCounts(ids, code));
        }
    }

    /** The facet counts a summary reads, by the function; India and booths included. */
    private Map<String, Long> facets(List<Long> ids, String code) {
        return new TreeMap<>(jdbc.sql("""
                select question_key || '|' || facet || '|' || value || '|' || label, count
                from rollup_answer_facets(:ids::bigint[], :code)""")
                .param("ids", ids.toArray(Long[]::new)).param("code", code)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The same, counted in Java from the raw answers of runs at or under the location. */
    private Map<String, Long> naiveFacets(List<Long> ids, String code) {
        Map<String, Long> counts = new TreeMap<>();
        for (RawAnswer a : rawAnswers()) {
            if (ids.contains(a.questionnaireId) && (code.equals("IN") || code.equals(a.state)
                    || code.equals(a.district) || code.equals(a.assembly) || code.equals(a.booth))) {
                for (String facet : a.facets()) {
                    counts.merge(a.question + "|" + facet, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** Roster, respondents and completed runs by group, by the function; India and booths included. */
    private Map<String, String> groupCounts(List<Long> ids, String code) {
        return new TreeMap<>(jdbc.sql("""
                select dimension || '|' || value, workers || '/' || respondents || '/' || completed
                from rollup_group_counts(:ids::bigint[], :code)""")
                .param("ids", ids.toArray(Long[]::new)).param("code", code)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The same, counted in Java from the raw workers and runs at or under the location. */
    private Map<String, String> naiveGroupCounts(List<Long> ids, String code) {
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("""
                select state_code, district_code, assembly_code, booth_code, age_band, gender, social_category, minority
                from worker where status = 'ACTIVE'""").query(rs -> {
                    if (code.equals("IN") || List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4)).contains(code)) {
                        for (String group : groups(rs.getString(5), rs.getString(6), rs.getString(7),
                                (Boolean) rs.getObject(8))) {
                            counts.computeIfAbsent(group, g -> new long[3])[0]++;
                        }
                    }
                });
        jdbc.sql("""
                select r.state_code, r.district_code, r.assembly_code, r.booth_code, r.questionnaire_id,
                       exists (select 1 from answer a where a.run_id = r.id), r.status = 'COMPLETED',
                       w.age_band, w.gender, w.social_category, w.minority
                from questionnaire_run r join worker w on w.id = r.worker_id""").query(rs -> {
                    if (ids.contains(rs.getLong(5)) && (code.equals("IN") || List.of(rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4)).contains(code))) {
                        for (String group : groups(rs.getString(8), rs.getString(9), rs.getString(10),
                                (Boolean) rs.getObject(11))) {
                            long[] c = counts.computeIfAbsent(group, g -> new long[3]);
                            c[1] += rs.getBoolean(6) ? 1 : 0;
                            c[2] += rs.getBoolean(7) ? 1 : 0;
                        }
                    }
                });
        Map<String, String> figures = new TreeMap<>();
        counts.forEach((group, c) -> {
            if (c[0] + c[1] + c[2] > 0) {
                figures.put(group, c[0] + "/" + c[1] + "/" + c[2]);
            }
        });
        return figures;
    }

    private Map<String, Long> answerRows() {
        return positive(jdbc.sql("""
                select state_code || '|' || questionnaire_id || '|' || location_code || '|' || question_key || '|'
                       || facet || '|' || value || '|' || label, count
                from rollup_answers""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list());
    }

    private Map<String, Long> expectedRoster() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                select state_code, district_code, assembly_code, booth_code, age_band, gender, social_category, minority
                from worker where status = 'ACTIVE'""").query(rs -> {
                    for (String code : List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))) {
                        for (String group : groups(rs.getString(5), rs.getString(6), rs.getString(7),
                                (Boolean) rs.getObject(8))) {
                            if (!code.equals(rs.getString(4)) || group.equals("all|")) {
                                counts.merge(rs.getString(1) + "|" + code + "|" + group, 1L, Long::sum);
                            }
                        }
                    }
                });
        return counts;
    }

    private Map<String, Long> expectedRuns() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                select r.state_code, r.district_code, r.assembly_code, r.booth_code, r.questionnaire_id,
                       exists (select 1 from answer a where a.run_id = r.id), r.status = 'COMPLETED',
                       w.age_band, w.gender, w.social_category, w.minority
                from questionnaire_run r join worker w on w.id = r.worker_id""").query(rs -> {
                    long value = (rs.getBoolean(6) ? 100000 : 0) + (rs.getBoolean(7) ? 1 : 0);
                    if (value == 0) {
                        return;
                    }
                    for (String group : groups(rs.getString(8), rs.getString(9), rs.getString(10),
                            (Boolean) rs.getObject(11))) {
                        // in total at every level, by group for states and assemblies (V32)
                        List<String> codes = group.equals("all|")
                                ? List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                                : List.of(rs.getString(1), rs.getString(3));
                        for (String code : codes) {
                            counts.merge(rs.getString(1) + "|" + rs.getLong(5) + "|" + code + "|" + group, value,
                                    Long::sum);
                        }
                    }
                });
        return counts;
    }

    private Map<String, Long> expectedAnswers() {
        Map<String, Long> counts = new TreeMap<>();
        for (RawAnswer a : rawAnswers()) {
            for (String code : List.of(a.state, a.district, a.assembly)) {
                for (String facet : a.storedFacets()) {
                    counts.merge(a.state + "|" + a.questionnaireId + "|" + code + "|" + a.question + "|" + facet, 1L,
                            Long::sum);
                }
            }
            for (String facet : a.storedFacets()) {
                counts.merge("IN|" + a.questionnaireId + "|IN|" + a.question + "|" + facet, 1L, Long::sum);
            }
        }
        return counts;
    }

    private record RawAnswer(String state, String district, String assembly, String booth, long questionnaireId,
            String question, String option, String[] options, Integer number, String text, String language,
            String sentiment, String[] themes, String[] terms, String personKey) {

        /** The facets a summary reads (V18): every answer counts in 'answers'. */
        List<String> facets() {
            List<String> facets = new ArrayList<>(List.of("answers||"));
            facets.addAll(storedFacets().stream().filter(f -> !f.startsWith("answers|"))
                    .map(f -> f.startsWith("choice|") ? "option" + f.substring("choice".length()) : f).toList());
            return facets;
        }

        /**
         * The facets kept in {@code rollup_answers} (V32): 'answers' only for an answer that
         * is neither one option nor a number, and a multiple choice's keys as 'choice'.
         */
        List<String> storedFacets() {
            List<String> facets = new ArrayList<>();
            if (option == null && number == null) {
                facets.add("answers||");
            }
            if (option != null) {
                facets.add("option|" + option + "|");
            }
            for (String key : options == null ? new String[0] : options) {
                facets.add("choice|" + key + "|");
            }
            if (number != null) {
                facets.add("number|" + number + "|");
            }
            if (language != null) {
                facets.add("language|" + language + "|");
            }
            if (sentiment != null) {
                facets.add("sentiment|" + sentiment + "|");
            }
            for (String theme : themes == null ? new String[0] : themes) {
                facets.add("theme|" + theme + "|");
            }
            for (String term : terms == null ? new String[0] : terms) {
                facets.add("term|" + term + "|");
            }
            if (personKey != null && !personKey.isEmpty()) {
                facets.add("nominee|" + personKey + "|" + text);
            }
            return facets;
        }
    }

    private List<RawAnswer> rawAnswers() {
        return jdbc.sql("""
                select r.state_code, r.district_code, r.assembly_code, r.booth_code, r.questionnaire_id, a.question_key,
                       a.option_key, a.option_keys, a.number_value, a.text_value, a.text_language, a.sentiment,
                       a.themes, a.terms, a.person_key
                from answer a join questionnaire_run r on r.id = a.run_id""").query((rs, n) -> new RawAnswer(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), strings(rs.getArray(8)), (Integer) rs.getObject(9), rs.getString(10),
                rs.getString(11), rs.getString(12), strings(rs.getArray(13)), strings(rs.getArray(14)),
                rs.getString(15))).list();
    }

    private static String[] strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? null : (String[]) array.getArray();
    }

    private static List<String> groups(String ageBand, String gender, String category, Boolean minority) {
        return List.of("all|", "age_band|" + (ageBand == null ? "unknown" : ageBand),
                "gender|" + (gender == null ? "unknown" : gender),
                "social_category|" + (category == null ? "unknown" : category),
                "minority|" + (minority == null ? "unknown" : minority ? "yes" : "no"));
    }

    private static Map<String, Long> positive(List<Map.Entry<String, Long>> rows) {
        Map<String, Long> counts = new TreeMap<>();
        rows.stream().filter(row -> row.getValue() != 0).forEach(row -> counts.merge(row.getKey(), row.getValue(),
                Long::sum));
        return counts;
    }

    private static Answer randomAnswer(String key, Random random) {
        Instant at = NOW.plusSeconds(random.nextInt(1000));
        switch (key) {
            case "active":
                return Answer.option(random.nextBoolean() ? "yes" : "no", at);
            case "training":
                return Answer.option("opt" + random.nextInt(4), at);
            case "tasks":
                return Answer.options(random.ints(1 + random.nextInt(3), 0, 5).distinct().mapToObj(i -> "task" + i)
                        .toList(), at);
            case "members":
                return Answer.number(random.nextInt(30), at);
            case "rating":
                return Answer.number(1 + random.nextInt(5), at);
            case "issues":
                return Answer.text("text " + random.nextInt(100), at).readAs(LANGUAGES[random.nextInt(4)],
                        SENTIMENTS[random.nextInt(4)], pick(THEMES, random), List.of("t"), pick(TERMS, random));
            default:
                String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
                return Answer.nomination(person[1 + random.nextInt(person.length - 1)], null, at).naming(person[0]);
        }
    }

    private static List<String> pick(String[] from, Random random) {
        List<String> picked = new ArrayList<>();
        for (String s : from) {
            if (random.nextInt(3) == 0) {
                picked.add(s);
            }
        }
        return picked;
    }

    private void setProfile(long workerId, Random random) {
        jdbc.sql("""
                update worker set age_band = :age, gender = :gender, social_category = :category,
                                  minority = :minority where id = :id""")
                .param("age", AGE_BANDS[random.nextInt(AGE_BANDS.length)])
                .param("gender", GENDERS[random.nextInt(GENDERS.length)])
                .param("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
                .param("minority", MINORITY[random.nextInt(MINORITY.length)], java.sql.Types.BOOLEAN)
                .param("id", workerId)
                .update();
    }

    private void moveWorker(long workerId, Location booth) {
        jdbc.sql("""
                update worker set booth_code = :booth, assembly_code = :assembly, district_code = :district,
                                  state_code = :state, location_code = :booth where id = :id""")
                .param("booth", booth.code()).param("assembly", booth.assemblyCode())
                .param("district", booth.districtCode()).param("state", booth.stateCode()).param("id", workerId)
                .update();
    }

    private void addSecondStateAndQuestionnaire() {
        jdbc.sql("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi) values
                    ('UP', 'STATE', null, 'UP', null, null, null, 'Uttar Pradesh', 'उत्तर प्रदेश'),
                    ('UP-VAR', 'DISTRICT', 'UP', 'UP', 'UP-VAR', null, null, 'Varanasi', 'वाराणसी'),
                    ('UP-VAR-390', 'ASSEMBLY', 'UP-VAR', 'UP', 'UP-VAR', 'UP-VAR-390', 390, 'Varanasi North', 'उत्तर'),
                    ('UP-VAR-390-001', 'BOOTH', 'UP-VAR-390', 'UP', 'UP-VAR', 'UP-VAR-390', 1, 'Booth 1', 'बूथ 1'),
                    ('UP-VAR-390-002', 'BOOTH', 'UP-VAR-390', 'UP', 'UP-VAR', 'UP-VAR-390', 2, 'Booth 2', 'बूथ 2')""")
                .update();
        jdbc.sql("""
                insert into questionnaire (slug, version, status, title_en, title_hi, intro_en, intro_hi, closing_en,
                                           closing_hi)
                values ('rollup-test', 1, 'PUBLISHED', 't', 't', 'i', 'i', 'c', 'c')""").update();
    }
}
