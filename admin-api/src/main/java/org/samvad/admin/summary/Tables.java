package org.samvad.admin.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.samvad.admin.summary.Summary.ChildSummary;
import org.samvad.admin.summary.Summary.Headline;
import org.samvad.admin.summary.Summary.QuestionSummary;

/**
 * The children table and the per-question table as rows of cells, for the exports.
 * A cell is a {@link String}, a {@link Number}, a {@link Cell} or null. Pure.
 */
final class Tables {

    static final List<String> CHILDREN = List.of("code", "level", "name_en", "name_hi", "roster", "respondents",
            "completed", "response_rate", "completion_rate");
    static final List<String> QUESTIONS = List.of("question", "type", "question_en", "question_hi", "figure", "key",
            "label_en", "label_hi", "value", "share");

    private Tables() {
    }

    static List<Object> child(ChildSummary child) {
        Headline totals = child.totals();
        List<Object> row = new ArrayList<>();
        row.add(child.code());
        row.add(child.level());
        row.add(child.nameEn());
        row.add(child.nameHi());
        row.add(totals.roster());
        row.add(totals.respondents());
        row.add(totals.completed());
        row.add(totals.responseRate());
        row.add(totals.completionRate());
        return row;
    }

    /**
     * A question's rows: {@code answers}, then one per {@code option}, {@code mean} and
     * {@code median}, {@code language}, {@code sentiment}, {@code theme}, {@code term},
     * {@code nomination}, as the question has them.
     */
    static List<List<Object>> question(QuestionSummary question) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(question, "answers", null, null, null, question.answers(), null));
        question.options().forEach(o -> rows.add(row(question, "option", o.key(), o.labelEn(), o.labelHi(),
                o.count(), o.share())));
        if (question.mean() != null) {
            rows.add(row(question, "mean", null, null, null, question.mean(), null));
            rows.add(row(question, "median", null, null, null, question.median(), null));
        }
        if (question.text() != null) {
            facet(rows, question, "language", question.text().languages());
            facet(rows, question, "sentiment", question.text().sentiments());
            facet(rows, question, "theme", question.text().themes());
            question.text().topTerms().forEach(t -> rows.add(row(question, "term", t.term(), null, null, t.count(),
                    null)));
        }
        question.nominations().forEach(n -> rows.add(row(question, "nomination", null, n.name(), null, n.count(),
                null)));
        return rows;
    }

    private static void facet(List<List<Object>> rows, QuestionSummary question, String figure,
            Map<String, Cell> counts) {
        counts.forEach((key, count) -> rows.add(row(question, figure, key, null, null, count, null)));
    }

    private static List<Object> row(QuestionSummary question, String figure, String key, String labelEn,
            String labelHi, Object value, Object share) {
        List<Object> row = new ArrayList<>();
        row.add(question.key());
        row.add(question.type());
        row.add(question.textEn());
        row.add(question.textHi());
        row.add(figure);
        row.add(key);
        row.add(labelEn);
        row.add(labelHi);
        row.add(value);
        row.add(share);
        return row;
    }
}
