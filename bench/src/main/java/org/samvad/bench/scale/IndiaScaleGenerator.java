package org.samvad.bench.scale;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Builds India-scale synthetic data with set-based SQL: 36 states and union
 * territories, about 800 districts (Bihar's 38 real ones among them), 4,123 assembly
 * constituencies (Kaimur's four real ones among them), 1,050,000 booths, 5,000,000
 * workers with profiles, and about 20,000,000 answers to the sample questionnaire in
 * about 2.5 million runs. Triggers and foreign-key checks are off during the load
 * ({@code session_replication_role = replica}), secondary indexes are dropped and built
 * again afterwards, and the roll-ups are built once at the end ({@code rollup_rebuild()}).
 * Everything is deterministic (values come from hashes of row numbers).
 */
public final class IndiaScaleGenerator {

    /** The 36 states and union territories, Bihar (already loaded) first. */
    static final String[] STATES = {"BR", "AN", "AP", "AR", "AS", "CH", "CT", "DN", "DL", "GA", "GJ", "HR", "HP",
        "JK", "JH", "KA", "KL", "LA", "LD", "MP", "MH", "MN", "ML", "MZ", "NL", "OR", "PY", "PB", "RJ", "SK", "TN",
        "TG", "TR", "UP", "UT", "WB"};

    /** How much to build. */
    public record Size(int districts, int assemblies, int booths, int workers, long answers) {

        public static Size india() {
            return new Size(800, 4123, 1_050_000, 5_000_000, 20_000_000L);
        }

        /** India scaled down (or up) by a factor; states stay 36, Bihar's districts stay. */
        public static Size scaled(double factor) {
            Size full = india();
            return new Size(Math.max(38 + 35, (int) (full.districts * Math.min(1, factor))),
                    Math.max(4 + 73, (int) (full.assemblies * Math.min(1, factor))),
                    Math.max(200, (int) (full.booths * factor)), Math.max(500, (int) (full.workers * factor)),
                    Math.max(2000, (long) (full.answers * factor)));
        }
    }

    private final DataSource dataSource;
    private final PrintStream out;

    public IndiaScaleGenerator(DataSource dataSource, PrintStream out) {
        this.dataSource = dataSource;
        this.out = out;
    }

    /** Generates into a freshly migrated database (only the sample data in it). */
    public void generate(Size size) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("set synchronous_commit = off");
            sql.execute("set work_mem = '512MB'");
            sql.execute("set maintenance_work_mem = '2GB'");
            sql.execute("set max_parallel_maintenance_workers = 2");
            List<String> dropped = new ArrayList<>();
            step("secondary indexes dropped", () -> dropped.addAll(dropSecondaryIndexes(sql)));
            sql.execute("set session_replication_role = replica");
            step("states", () -> states(sql));
            step("districts", () -> districts(sql, size));
            step("assemblies", () -> assemblies(sql, size));
            step("booths", () -> booths(sql, size));
            step("workers", () -> workers(sql, size));
            step("runs", () -> runs(sql, size));
            step("answers", () -> answers(sql));
            sql.execute("set session_replication_role = origin");
            step("secondary indexes built", () -> {
                for (String definition : dropped) {
                    sql.execute(definition);
                }
            });
            step("analyze", () -> sql.execute("analyze"));
            step("roll-ups built", () -> sql.execute("select rollup_rebuild()"));
            step("analyze roll-ups", () -> sql.execute("analyze rollup_roster; analyze rollup_runs; analyze rollup_answers;"
                    + " analyze rollup_run"));
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private void step(String name, SqlStep step) throws SQLException {
        long start = System.nanoTime();
        step.run();
        out.printf("  %-28s %7.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }

    /** Drops the indexes that back no constraint on the big tables; returns their definitions. */
    private static List<String> dropSecondaryIndexes(Statement sql) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (var rows = sql.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i
                where i.indrelid in ('location'::regclass, 'worker'::regclass, 'questionnaire_run'::regclass,
                                     'answer'::regclass)
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)""")) {
            while (rows.next()) {
                indexes.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        List<String> definitions = new ArrayList<>();
        for (String[] index : indexes) {
            sql.execute("drop index " + index[0]);
            definitions.add(index[1]);
        }
        return definitions;
    }

    private static void states(Statement sql) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (int i = 1; i < STATES.length; i++) {
            values.append(i == 1 ? "" : ",").append("('").append(STATES[i]).append("')");
        }
        sql.execute("""
                insert into location (code, level, parent_code, state_code, name_en, name_hi)
                select s.code, 'STATE', null, s.code, 'State ' || s.code, 'राज्य ' || s.code
                from (values %s) as s(code)""".formatted(values));
    }

    /** Bihar keeps its 38 districts; the others are spread over the other 35 states. */
    private static void districts(Statement sql, Size size) throws SQLException {
        sql.execute("""
                insert into location (code, level, parent_code, state_code, district_code, number, name_en, name_hi)
                select d.code, 'DISTRICT', d.state, d.state, d.code, d.n, 'District ' || d.code, 'ज़िला ' || d.code
                from (select s.code as state, s.code || '-D' || lpad((j / 35 + 1)::text, 3, '0') as code, j / 35 + 1 as n
                      from generate_series(0, %d - 1) j
                      join (select code, row_number() over (order by code) - 1 as k from location
                            where level = 'STATE' and code <> 'BR') s on s.k = j %% 35) d""".formatted(
                size.districts() - 38));
    }

    /** Kaimur keeps its four assemblies; the rest go round the other districts. */
    private static void assemblies(Statement sql, Size size) throws SQLException {
        sql.execute("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi)
                select a.code, 'ASSEMBLY', a.district, a.state, a.district, a.code, a.n,
                       'Assembly ' || a.code, 'विधानसभा ' || a.code
                from (select d.code || '-A' || lpad((j / d.total + 1)::text, 2, '0') as code, d.code as district,
                             d.state_code as state, j / d.total + 1 as n
                      from generate_series(0, %d - 1) j
                      join (select code, state_code, row_number() over (order by code) - 1 as k,
                                   count(*) over () as total
                            from location where level = 'DISTRICT' and code <> 'BR-KAI') d
                        on d.k = j %% (select count(*) from location where level = 'DISTRICT' and code <> 'BR-KAI')) a""".formatted(size.assemblies() - 4));
    }

    /** Kaimur keeps its sample booths; the rest go round the other assemblies (about 255 each). */
    private static void booths(Statement sql, Size size) throws SQLException {
        sql.execute("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi)
                select a.code || '-' || lpad((j / a.total + 1)::text, 4, '0'), 'BOOTH', a.code, a.state_code,
                       a.district_code, a.code, j / a.total + 1,
                       'Booth ' || (j / a.total + 1), 'बूथ ' || (j / a.total + 1)
                from generate_series(0, %d - (select count(*) from location where level = 'BOOTH') - 1) j
                join (select code, state_code, district_code, row_number() over (order by code) - 1 as k,
                             count(*) over () as total
                      from location where level = 'ASSEMBLY' and district_code <> 'BR-KAI') a
                  on a.k = j %% (select count(*) from location where level = 'ASSEMBLY' and district_code <> 'BR-KAI')""".formatted(size.booths()));
    }

    /** Workers scattered over the booths with self-reported profiles (some not told). */
    private static void workers(Statement sql, Size size) throws SQLException {
        sql.execute("""
                create temp table numbered_booth as
                select row_number() over (order by code) - 1 as k, code, assembly_code, district_code, state_code
                from location where level = 'BOOTH'""");
        sql.execute("create index on numbered_booth (k)");
        sql.execute("""
                insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                    district_code, assembly_code, booth_code, created_at, updated_at, version,
                                    age_band, gender, social_category, minority)
                select 9000000000 + i, 9000000000 + i, 'Worker ' || i, case when i %% 4 = 0 then 'en' else 'hi' end,
                       'ACTIVE', b.code, b.state_code, b.district_code, b.assembly_code, b.code,
                       now() - interval '30 days', now() - interval '30 days', 0,
                       (array['18-35', '36-50', '51+', null])[1 + (hashint8(i * 4 + 1) & 2147483647) %% 4],
                       (array['FEMALE', 'MALE', 'MALE', 'OTHER', null])[1 + (hashint8(i * 4 + 2) & 2147483647) %% 5],
                       (array['SC', 'ST', 'OBC', 'OBC', 'GENERAL', null])[1 + (hashint8(i * 4 + 3) & 2147483647) %% 6],
                       (array[true, false, false, false, null])[1 + (hashint8(i * 4 + 4) & 2147483647) %% 5]
                from generate_series(0, %d - 1) i
                join numbered_booth b on b.k = (hashint8(i) & 2147483647) %% (select count(*) from numbered_booth)""".formatted(
                size.workers()));
    }

    /**
     * Runs of the sample questionnaire for about half the workers: three in four answered
     * all nine questions (nine in ten of those confirmed), the rest stopped after one to
     * eight; the run's position is how many were answered.
     */
    private static void runs(Statement sql, Size size) throws SQLException {
        double perRun = 0.75 * 9 + 0.25 * 4.5;
        long runs = Math.round(size.answers() / perRun);
        sql.execute("""
                insert into questionnaire_run (worker_id, questionnaire_id, state_code, district_code, assembly_code,
                                               booth_code, status, position, started_at, completed_at, version,
                                               last_activity_at)
                select w.id, q.id, w.state_code, w.district_code, w.assembly_code, w.booth_code,
                       case when n.answered = 9 and (hashint8(w.id * 3) & 2147483647) %% 10 < 9 then 'COMPLETED'
                            when (hashint8(w.id * 5) & 2147483647) %% 3 = 0 then 'IN_PROGRESS' else 'EXPIRED' end,
                       n.answered, now() - interval '2 days',
                       case when n.answered = 9 and (hashint8(w.id * 3) & 2147483647) %% 10 < 9 then now() - interval '1 day' end,
                       1, now() - interval '1 day'
                from (select id, state_code, district_code, assembly_code, booth_code from worker
                      where telegram_user_id >= 9000000000
                      order by (hashint8(id * 7) & 2147483647) limit %d) w
                cross join (select id from questionnaire where slug = 'sangathan-srijan' and version = 1) q
                cross join lateral (select case when (hashint8(w.id * 11) & 2147483647) %% 4 < 3 then 9
                                                else 1 + (hashint8(w.id * 13) & 2147483647) %% 8 end as answered) n""".formatted(runs));
    }

    /** The answers, typed by question: yes/no, a number, a training choice and free text with its analysis. */
    private static void answers(Statement sql) throws SQLException {
        sql.execute("""
                insert into answer (run_id, state_code, question_key, option_key, number_value, text_value,
                                    answered_at, text_language, sentiment, themes, terms)
                select r.id, r.state_code, q.key,
                       case q.type
                           when 'YES_NO' then case when (hashint8(r.id * 16 + q.position) & 2147483647) % 3 = 0 then 'no'
                                                   else 'yes' end
                           when 'SINGLE_CHOICE' then (array['booth_management', 'voter_list', 'public_contact',
                               'social_media', 'none'])[1 + (hashint8(r.id * 16 + q.position) & 2147483647) % 5] end,
                       case when q.type = 'NUMBER' then (hashint8(r.id * 16 + q.position) & 2147483647) % 40 end,
                       case when q.type = 'TEXT' then 'सुझाव ' || ((hashint8(r.id) & 2147483647) % 1000) end,
                       r.started_at + q.position * interval '1 minute',
                       case when q.type = 'TEXT' then (array['hi', 'hi', 'hi-Latn', 'en'])[1 + (hashint8(r.id * 17) & 2147483647) % 4] end,
                       case when q.type = 'TEXT' then (array['POSITIVE', 'NEGATIVE', 'NEUTRAL'])[1 + (hashint8(r.id * 19) & 2147483647) % 3] end,
                       case when q.type = 'TEXT' then array[(array['roads', 'water', 'electricity', 'jobs', 'health',
                           'education', 'farming', 'leadership', 'communication_with_leaders', 'prices'])
                           [1 + (hashint8(r.id * 23) & 2147483647) % 10]]::varchar[] end,
                       case when q.type = 'TEXT' then array['सड़क' || (hashint8(r.id * 29) & 2147483647) % 40,
                           'पानी' || (hashint8(r.id * 31) & 2147483647) % 40] end
                from questionnaire_run r
                join question q on q.questionnaire_id = r.questionnaire_id and q.position < r.position""");
    }
}
