package org.samvad.admin;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A booth outside Kaimur for tests of scope: the sample data has booths only in Kaimur,
 * so an assembly constituency and a booth are added in Patna (once per database).
 */
public final class PatnaBooth {

    public static final String CODE = "BR-PAT-181-001";

    private PatnaBooth() {
    }

    /** The booth's code, after adding it if missing. */
    public static String add(JdbcClient jdbc) {
        jdbc.sql("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi)
                values ('BR-PAT-181', 'ASSEMBLY', 'BR-PAT', 'BR', 'BR-PAT', 'BR-PAT-181', 181, 'Digha', 'दीघा'),
                       (:code, 'BOOTH', 'BR-PAT-181', 'BR', 'BR-PAT', 'BR-PAT-181', 1, 'Test booth 1', 'परीक्षण बूथ 1')
                on conflict (code) do nothing""").param("code", CODE).update();
        return CODE;
    }
}
