package org.samvad.bot.chat;

import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.run.Answer;
import org.samvad.nlp.PersonNames;
import org.samvad.nlp.Terms;
import org.samvad.nlp.TextAnalysis;
import org.samvad.nlp.TextAnalyzer;

/**
 * Reads a newly given answer before it is stored: free text gets its language,
 * sentiment, themes, tokens and content terms; a nomination gets the key of the
 * person it names. Other answers pass unchanged. The models are loaded once, at start.
 */
public class AnswerReading {

    private final TextAnalyzer analyzer;

    public AnswerReading(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Answer read(Answer answer, QuestionType type) {
        if (answer.textValue() == null) {
            return answer;
        }
        if (type == QuestionType.NOMINATION) {
            return answer.naming(PersonNames.key(answer.textValue()));
        }
        TextAnalysis analysis = analyzer.analyze(answer.textValue());
        return answer.readAs(analysis.language(), analysis.sentiment().name(), analysis.themes(), analysis.tokens(),
                Terms.of(analysis.tokens()));
    }
}
