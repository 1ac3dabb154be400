package org.samvad.db.questionnaire;

/** The kinds of question a questionnaire can ask, and how each answer is stored. */
public enum QuestionType {
    /** One of the question's options; stored as its key. */
    SINGLE_CHOICE,
    /** Any number of the question's options (up to {@code maxChoices}); stored as their keys. */
    MULTIPLE_CHOICE,
    /** Yes or no, stored as the option key {@code yes} or {@code no}. */
    YES_NO,
    /** A point on a scale from {@code minValue} (default 1) to {@code maxValue} (default 5); stored as a number. */
    RATING,
    /** A whole number within the question's minimum and maximum. */
    NUMBER,
    /** Free text up to the question's maximum length. */
    TEXT,
    /** A person's name, optionally with a phone number: who a worker suggests should lead. */
    NOMINATION;

    /** True for the types a worker answers by choosing among options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
