package org.samvad.db.questionnaire.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import org.junit.jupiter.api.Test;

/**
 * Each kind of mistake in a definition is reported with the line and column of the
 * node it concerns. Most cases add questions after {@link #HEADER}, whose last line is 8.
 */
class DefinitionErrorsTest {

    private static final String HEADER = """
            slug: booth-check
            title: {en: Check, hi: जाँच}
            intro: {en: Hello, hi: नमस्ते}
            closing: {en: Thanks, hi: धन्यवाद}
            questions:
              - key: active
                type: yes_no
                text: {en: "Active?", hi: "सक्रिय?"}
            """;

    @Test
    void theHeaderAloneIsValid() {
        assertThat(QuestionnaireDefinitions.parse(HEADER)).isInstanceOf(Parsed.Valid.class);
        assertThat(HEADER.lines()).hasSize(8);
    }

    @Test
    void reportsAYamlSyntaxErrorWhereTheParserStopped() {
        assertErrors("slug: a\n  title: x\n",
                new DefinitionError(2, 8, "YAML syntax error: mapping values are not allowed here."));
    }

    @Test
    void advisesQuotesWhenAQuestionMarkEndsTextInsideBraces() {
        assertErrors(HEADER.replace("{en: \"Active?\", hi: \"सक्रिय?\"}", "{en: Active?, hi: सक्रिय?}"),
                new DefinitionError(8, 22, "YAML syntax error: expected ',' or '}', but got ?. Inside { } or [ ], "
                        + "put text that contains ?, : or , in quotes."));
    }

    @Test
    void reportsAnEmptyDefinition() {
        assertErrors("# nothing yet\n", new DefinitionError(1, 1, "The definition is empty."));
    }

    @Test
    void reportsADocumentThatIsNotAMapping() {
        assertErrors("- slug: a\n", new DefinitionError(1, 1,
                "The questionnaire must be a mapping with slug, title, intro, closing and questions."));
    }

    @Test
    void reportsMissingHindiAtTheTextMapping() {
        assertErrors(HEADER.replace("title: {en: Check, hi: जाँच}", "title: {en: Check}"),
                new DefinitionError(2, 8, "The title needs Hindi text (hi)."));
    }

    @Test
    void reportsBlankEnglishAtTheTextMapping() {
        assertErrors(HEADER + """
                  - key: count
                    type: number
                    text:
                      en: "  "
                      hi: कितने?
                """, new DefinitionError(12, 7, "The text of question 'count' needs English text (en)."));
    }

    @Test
    void reportsAMissingText() {
        assertErrors(HEADER.replace("closing: {en: Thanks, hi: धन्यवाद}\n", ""),
                new DefinitionError(1, 1, "The closing is missing."));
    }

    @Test
    void reportsAnUnknownTypeAtItsValue() {
        assertErrors(HEADER.replace("type: yes_no", "type: scale"), new DefinitionError(7, 11,
                "Unknown type 'scale'; use one of single_choice, multiple_choice, yes_no, rating, number, text, "
                        + "nomination."));
    }

    @Test
    void reportsAnUnknownKeyOfTheQuestionnaire() {
        assertErrors("colour: red\n" + HEADER, new DefinitionError(1, 1,
                "Unknown key 'colour'; the questionnaire takes slug, version, title, intro, closing, questions."));
    }

    @Test
    void reportsAnUnknownKeyOfAQuestion() {
        assertErrors(HEADER + "    colour: blue\n", new DefinitionError(9, 5, "Unknown key 'colour'; a question "
                + "takes key, type, text, hint, required, options, min, max, max_length, max_choices, when."));
    }

    @Test
    void reportsAKeyWrittenTwiceInOneMapping() {
        assertErrors(HEADER + "    type: number\n", new DefinitionError(9, 5, "The key 'type' appears twice."));
    }

    @Test
    void reportsABadSlug() {
        assertErrors(HEADER.replace("slug: booth-check", "slug: Booth Check"), new DefinitionError(1, 7,
                "The slug 'Booth Check' must be 1 to 64 lowercase letters, digits and hyphens, starting and ending "
                        + "with a letter or digit."));
    }

    @Test
    void reportsAQuestionKeyThatIsNotSnakeCase() {
        assertErrors(HEADER.replace("key: active", "key: Active-Workers"), new DefinitionError(6, 10,
                "The question key 'Active-Workers' must be snake_case: lowercase letters, digits and underscores, "
                        + "starting with a letter, at most 64 characters."));
    }

    @Test
    void reportsADuplicateQuestionKeyAtItsSecondUse() {
        assertErrors(HEADER + """
                  - key: active
                    type: yes_no
                    text: {en: "Still active?", hi: "अब भी सक्रिय?"}
                """, new DefinitionError(9, 10, "The question key 'active' is used twice; first on line 6."));
    }

    @Test
    void reportsADuplicateOptionKey() {
        assertErrors(HEADER + """
                  - key: training
                    type: single_choice
                    text: {en: Training, hi: प्रशिक्षण}
                    options:
                      - {key: voter_list, en: Voter list, hi: मतदाता सूची}
                      - {key: voter_list, en: Voter list work, hi: मतदाता सूची का काम}
                """, new DefinitionError(14, 15, "The option key 'voter_list' appears twice in this question."));
    }

    @Test
    void reportsAnOptionWithoutHindi() {
        assertErrors(HEADER + """
                  - key: training
                    type: single_choice
                    text: {en: Training, hi: प्रशिक्षण}
                    options:
                      - {key: voter_list, en: Voter list, hi: मतदाता सूची}
                      - {key: none, en: None}
                """, new DefinitionError(14, 9, "Option 'none' needs Hindi text (hi)."));
    }

    @Test
    void reportsAConditionOnALaterQuestion() {
        assertErrors(HEADER.replace("    text: {en: \"Active?\"", "    when: {question: count, at_least: 1}\n"
                + "    text: {en: \"Active?\"") + """
                  - key: count
                    type: number
                    text: {en: How many, hi: कितने}
                """, new DefinitionError(8, 22,
                "The condition refers to 'count', which comes later; a condition can only refer to an earlier "
                        + "question."));
    }

    @Test
    void reportsAConditionOnTheSameQuestion() {
        assertErrors(HEADER + "    when: {question: active, any_of: [yes]}\n",
                new DefinitionError(9, 22, "A question cannot depend on itself."));
    }

    @Test
    void reportsAConditionOnAnUnknownQuestion() {
        assertErrors(HEADER + """
                  - key: why
                    type: text
                    when: {question: activ, any_of: [no]}
                    text: {en: Why not, hi: क्यों नहीं}
                """, new DefinitionError(11, 22, "The condition refers to 'activ', but no question has that key."));
    }

    @Test
    void reportsAConditionOptionTheQuestionDoesNotHave() {
        assertErrors(HEADER + """
                  - key: why
                    type: text
                    when: {question: active, any_of: [no, maybe]}
                    text: {en: Why not, hi: क्यों नहीं}
                """, new DefinitionError(11, 43, "Question 'active' has no option 'maybe'; it has yes, no."));
    }

    @Test
    void reportsBoundsOnAQuestionThatIsNotNumeric() {
        assertErrors(HEADER + """
                  - key: why
                    type: text
                    when: {question: active, at_least: 2}
                    text: {en: Why, hi: क्यों}
                """, new DefinitionError(11, 40, "'at_least' and 'at_most' apply to number and rating questions; "
                + "'active' is a yes_no question."));
    }

    @Test
    void reportsOptionKeysAskedOfANumber() {
        assertErrors(HEADER + """
                  - key: count
                    type: number
                    text: {en: How many, hi: कितने}
                  - key: many
                    type: yes_no
                    when: {question: count, any_of: ["10"]}
                    text: {en: Many, hi: बहुत}
                """, new DefinitionError(14, 37,
                "'any_of' applies to choice, yes/no and rating questions; 'count' is a number question."));
    }

    @Test
    void reportsAConditionThatCanNeverHold() {
        assertErrors(HEADER + """
                  - key: count
                    type: number
                    text: {en: How many, hi: कितने}
                  - key: many
                    type: yes_no
                    when: {question: count, at_least: 5, at_most: 2}
                    text: {en: Many, hi: बहुत}
                """, new DefinitionError(14, 39, "'at_least' 5 is greater than 'at_most' 2; the condition can never "
                + "hold."));
    }

    @Test
    void reportsAConditionWithBothOrNeitherKindOfTest() {
        assertErrors(HEADER + """
                    when: {question: active}
                  - key: both
                    type: yes_no
                    when: {question: active, any_of: [yes], at_most: 1}
                    text: {en: Both, hi: दोनों}
                """, new DefinitionError(9, 11, "A condition needs any_of, at_least or at_most."),
                new DefinitionError(12, 11, "A condition takes either any_of or at_least/at_most, not both."));
    }

    @Test
    void reportsMinAboveMax() {
        assertErrors(HEADER + """
                  - key: count
                    type: number
                    min: 10
                    max: 5
                    text: {en: How many, hi: कितने}
                """, new DefinitionError(11, 10, "'min' 10 is greater than 'max' 5."));
    }

    @Test
    void reportsMoreChoicesThanOptions() {
        assertErrors(HEADER + """
                  - key: aims
                    type: multiple_choice
                    max_choices: 3
                    text: {en: Aims, hi: उद्देश्य}
                    options:
                      - {key: training, en: Training, hi: प्रशिक्षण}
                      - {key: guidance, en: Guidance, hi: मार्गदर्शन}
                """, new DefinitionError(11, 18, "'max_choices' 3 is more than the 2 options."));
    }

    @Test
    void reportsNoChoicesAtAll() {
        assertErrors(HEADER + """
                  - key: aims
                    type: multiple_choice
                    max_choices: 0
                    text: {en: Aims, hi: उद्देश्य}
                    options:
                      - {key: training, en: Training, hi: प्रशिक्षण}
                      - {key: guidance, en: Guidance, hi: मार्गदर्शन}
                """, new DefinitionError(11, 18, "'max_choices' must be at least 1."));
    }

    @Test
    void reportsAMaximumLengthBelowOne() {
        assertErrors(HEADER + """
                  - key: idea
                    type: text
                    max_length: 0
                    text: {en: Idea, hi: सुझाव}
                """, new DefinitionError(11, 17, "'max_length' must be at least 1."));
    }

    @Test
    void reportsARatingScaleOfOnePointOrOfTooMany() {
        assertErrors(HEADER + """
                  - key: score
                    type: rating
                    min: 3
                    max: 3
                    text: {en: Score, hi: अंक}
                  - key: wide
                    type: rating
                    max: 20
                    text: {en: Score, hi: अंक}
                """, new DefinitionError(12, 10, "A rating scale has 2 to 10 points; 3 to 3 has 1."),
                new DefinitionError(16, 10, "A rating scale has 2 to 10 points; 1 to 20 has 20."));
    }

    @Test
    void reportsARatingLabelOutsideTheScale() {
        assertErrors(HEADER + """
                  - key: score
                    type: rating
                    text: {en: Score, hi: अंक}
                    options:
                      - {key: "7", en: Seven, hi: सात}
                """, new DefinitionError(13, 15, "A rating's options label its points; '7' is not a point from 1 "
                + "to 5."));
    }

    @Test
    void reportsAConstraintThatDoesNotApplyToTheType() {
        assertErrors(HEADER + "    max_length: 10\n",
                new DefinitionError(9, 5, "'max_length' does not apply to a yes_no question."));
    }

    @Test
    void reportsOptionsOnATypeThatTakesNone() {
        assertErrors(HEADER + """
                    options:
                      - {key: maybe, en: Maybe, hi: शायद}
                """, new DefinitionError(9, 5, "A yes_no question takes no options."));
    }

    @Test
    void reportsTooFewOptions() {
        assertErrors(HEADER + """
                  - key: training
                    type: single_choice
                    text: {en: Training, hi: प्रशिक्षण}
                    options:
                      - {key: voter_list, en: Voter list, hi: मतदाता सूची}
                """, new DefinitionError(13, 7, "A single_choice question needs at least 2 options; it has 1."));
    }

    @Test
    void reportsAnEmptyQuestionList() {
        assertErrors(HEADER.substring(0, HEADER.indexOf("questions:")) + "questions: []\n",
                new DefinitionError(5, 12, "'questions' must list at least one question."));
    }

    @Test
    void reportsEveryErrorAtOnceInTheOrderOfTheFile() {
        assertErrors("""
                slug: Booth Check
                version: 0
                title: {en: Check}
                intro: {en: Hello, hi: नमस्ते}
                closing: {en: Thanks, hi: धन्यवाद}
                questions:
                  - key: active
                    type: yes_or_no
                    text: {en: "Active?", hi: "सक्रिय?"}
                  - key: count
                    type: number
                    min: 5
                    max: 1
                    when: {question: active, any_of: [yes]}
                    text: {hi: कितने}
                """,
                new DefinitionError(1, 7, "The slug 'Booth Check' must be 1 to 64 lowercase letters, digits and "
                        + "hyphens, starting and ending with a letter or digit."),
                new DefinitionError(2, 10, "'version' must be at least 1."),
                new DefinitionError(3, 8, "The title needs Hindi text (hi)."),
                new DefinitionError(8, 11, "Unknown type 'yes_or_no'; use one of single_choice, multiple_choice, "
                        + "yes_no, rating, number, text, nomination."),
                new DefinitionError(12, 10, "'min' 5 is greater than 'max' 1."),
                new DefinitionError(15, 11, "The text of question 'count' needs English text (en)."));
    }

    private static void assertErrors(String yaml, DefinitionError... expected) {
        assertThat(QuestionnaireDefinitions.parse(yaml)).asInstanceOf(type(Parsed.Invalid.class))
                .extracting(Parsed.Invalid::errors, list(DefinitionError.class))
                .containsExactly(expected);
    }
}
