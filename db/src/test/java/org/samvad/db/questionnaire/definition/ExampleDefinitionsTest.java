package org.samvad.db.questionnaire.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;

/** The questionnaires shipped in {@code questionnaires/} parse into what they say. */
class ExampleDefinitionsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"sangathan-srijan.yaml", "example-all-types.yaml"})
    void everyShippedQuestionnaireIsValid(String file) throws IOException {
        assertThat(QuestionnaireDefinitions.parse(read(file))).isInstanceOf(Parsed.Valid.class);
    }

    @Test
    void theSampleAsksWhatTheMigrationLoaded() throws IOException {
        QuestionnaireDefinition sample = definition("sangathan-srijan.yaml");

        assertThat(sample.slug()).isEqualTo("sangathan-srijan");
        assertThat(sample.version()).isNull();
        assertThat(sample.title()).isEqualTo(new Text("Organisation building campaign: booth feedback",
                "संगठन सृजन अभियान: बूथ से प्रतिक्रिया"));
        assertThat(sample.questions()).extracting(Question::key).containsExactly("committee_active", "active_workers",
                "training_needed", "youth_taking_part", "women_taking_part", "sc_st_taking_part", "obc_taking_part",
                "minorities_taking_part", "suggestion");
        Question workers = sample.questions().get(1);
        assertThat(workers.minValue()).isZero();
        assertThat(workers.maxValue()).isEqualTo(1000);
        assertThat(sample.questions().get(2).options()).extracting(o -> o.label().hi()).containsExactly(
                "बूथ प्रबंधन", "मतदाता सूची का काम", "जन-संपर्क", "सोशल मीडिया", "प्रशिक्षण की आवश्यकता नहीं");
        assertThat(sample.questions().get(8).maxLength()).isEqualTo(1000);
    }

    @Test
    void theFullExampleParsesIntoEveryTypeWithHintsOptionalQuestionsAndConditions() throws IOException {
        QuestionnaireDefinition example = definition("example-all-types.yaml");

        assertThat(example.slug()).isEqualTo("booth-committee-check");
        assertThat(example.version()).isEqualTo(1);
        assertThat(example.questions()).extracting(Question::type).containsExactly(QuestionType.YES_NO,
                QuestionType.NUMBER, QuestionType.NUMBER, QuestionType.SINGLE_CHOICE, QuestionType.TEXT,
                QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RATING, QuestionType.TEXT,
                QuestionType.NOMINATION);
        assertThat(example.questions()).extracting(Question::required)
                .containsExactly(true, true, false, true, false, true, true, true, false, false);
        assertThat(question(example, "members").hint()).isEqualTo(
                new Text("Count only members who come to meetings.", "केवल उन सदस्यों को गिनें जो बैठकों में आते हैं।"));
        assertThat(question(example, "committee_formed").hint()).isNull();
        assertThat(question(example, "committee_formed").options()).isEmpty();
        assertThat(question(example, "members").condition())
                .isEqualTo(new Condition("committee_formed", List.of("yes"), null, null));
        assertThat(question(example, "members_needed").condition())
                .isEqualTo(new Condition("members", null, null, 10));
        assertThat(question(example, "meeting_obstacle").condition().anyOf()).containsExactly("earlier", "never");
    }

    @Test
    void theFullExampleCarriesItsConstraintsAndDefaults() throws IOException {
        QuestionnaireDefinition example = definition("example-all-types.yaml");

        assertThat(question(example, "members")).extracting(Question::minValue, Question::maxValue)
                .containsExactly(0, 50);
        assertThat(question(example, "meeting_obstacle").maxLength()).isEqualTo(500);
        assertThat(question(example, "training_better").maxLength()).isEqualTo(1000);
        assertThat(question(example, "booth_president").maxLength()).isEqualTo(100);
        assertThat(question(example, "groups_taking_part").maxChoices()).isNull();
        assertThat(question(example, "aims_needing_attention").maxChoices()).isEqualTo(2);
        assertThat(question(example, "aims_needing_attention").options()).first()
                .isEqualTo(new QuestionOption("training", new Text("Training", "प्रशिक्षण")));
        Question rating = question(example, "training_useful");
        assertThat(rating.choices()).extracting(o -> o.label().en())
                .containsExactly("Not useful", "2", "3", "4", "Very useful");
        assertThat(question(example, "training_better").condition().atMost()).isEqualTo(2);
    }

    @Test
    void aDefinitionBecomesADraftThatKeepsItsSource() throws IOException {
        String yaml = read("example-all-types.yaml");
        Questionnaire draft = ((Parsed.Valid) QuestionnaireDefinitions.parse(yaml)).definition().draft(1, NOW);

        assertThat(draft.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(draft.definition()).isEqualTo(yaml);
        assertThat(draft.createdAt()).isEqualTo(NOW);
        assertThat(draft.size()).isEqualTo(10);
    }

    private static Question question(QuestionnaireDefinition definition, String key) {
        return definition.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    private static QuestionnaireDefinition definition(String file) throws IOException {
        return assertThat(QuestionnaireDefinitions.parse(read(file))).asInstanceOf(type(Parsed.Valid.class))
                .actual().definition();
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of("../questionnaires", file));
    }
}
