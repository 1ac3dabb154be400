package org.samvad.db.questionnaire;

/** The kinds of question a questionnaire can ask. */
public enum QuestionType {
    /** One of the question's options. */
    SINGLE_CHOICE,
    /** Yes or no, stored as the option key {@code yes} or {@code no}. */
    YES_NO,
    /** A whole number within the question's minimum and maximum. */
    NUMBER,
    /** Free text up to the question's maximum length. */
    TEXT
}
