package org.samvad.db.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresDataJdbcTest
class RosterImporterTest {

    @Autowired RosterImporter importer;
    @Autowired RosterRepository roster;

    @Test
    void importsNumbersInTheirTenDigitFormAndReportsLinesItCannotRead() {
        RosterImporter.Result result = importer.importRows(List.of(
                new RosterImporter.Row("+91 98765-43210", "  रमेश   कुमार ", "BR-KAI-203-001"),
                new RosterImporter.Row("09123456789", null, "BR-KAI-205-002"),
                new RosterImporter.Row("12345", "Nobody", "BR-KAI-203-001"),
                new RosterImporter.Row("9988776655", "Sita", "BR-KAI-203"),
                new RosterImporter.Row("9988776644", "Gita", "XX-1"),
                new RosterImporter.Row("919876543210", "Twice", "BR-KAI-203-002")));

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(result.rejected()).extracting(RosterImporter.Rejected::line).containsExactly(3, 4, 5, 6);
        assertThat(result.rejected()).extracting(RosterImporter.Rejected::problem)
                .noneMatch(p -> p.contains("12345") || p.contains("9876543210"));
        RosterEntry ramesh = roster.findById("9876543210").orElseThrow();
        assertThat(ramesh.getName()).isEqualTo("रमेश कुमार");
        assertThat(ramesh.getBoothCode()).isEqualTo("BR-KAI-203-001");
        assertThat(roster.findById("9123456789").orElseThrow().getName()).isNull();
        assertThat(ramesh.toString()).doesNotContain("9876543210").doesNotContain("रमेश");
    }

    @Test
    void importingANumberAgainTakesTheNewNameAndBooth() {
        importer.importRows(List.of(new RosterImporter.Row("9876543210", "Ramesh", "BR-KAI-203-001")));

        RosterImporter.Result again = importer.importRows(List.of(
                new RosterImporter.Row("98765 43210", "Ramesh Kumar", "BR-KAI-204-003")));

        assertThat(again.updated()).isEqualTo(1);
        assertThat(roster.findById("9876543210").orElseThrow())
                .extracting(RosterEntry::getName, RosterEntry::getBoothCode)
                .containsExactly("Ramesh Kumar", "BR-KAI-204-003");
        assertThat(roster.findByBoothCode("BR-KAI-204-003")).hasSize(1);
    }
}
