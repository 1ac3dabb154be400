package org.samvad.db.questionnaire.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** Definitions stored as drafts come back unchanged, and the shipped sample is what the migration loaded. */
@PostgresDataJdbcTest
class DefinitionStorageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired QuestionnaireRepository questionnaires;

    @Test
    void theSampleFileAsksExactlyWhatTheMigrationLoaded() throws IOException {
        QuestionnaireDefinition sample = definition("sangathan-srijan.yaml");
        Questionnaire loaded = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();

        assertThat(sample.title()).isEqualTo(loaded.title());
        assertThat(sample.intro()).isEqualTo(loaded.intro());
        assertThat(sample.closing()).isEqualTo(loaded.closing());
        assertThat(sample.questions()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(loaded.questions());
    }

    @Test
    void aDraftOfEveryTypeComesBackAsItWasWritten() throws IOException {
        QuestionnaireDefinition example = definition("example-all-types.yaml");
        Questionnaire saved = questionnaires.save(example.draft(1, NOW));

        Questionnaire loaded = questionnaires.findById(saved.id()).orElseThrow();
        assertThat(loaded.definition()).isEqualTo(example.source());
        assertThat(loaded.questions()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(example.questions());
    }

    private static QuestionnaireDefinition definition(String file) throws IOException {
        Parsed parsed = QuestionnaireDefinitions.parse(Files.readString(Path.of("../questionnaires", file)));
        return ((Parsed.Valid) parsed).definition();
    }
}
