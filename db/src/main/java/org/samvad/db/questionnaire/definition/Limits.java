package org.samvad.db.questionnaire.definition;

/**
 * A question's constraints as stored: bounds for numbers and ratings, a length for
 * text and names, a number of choices for multiple choice; null where they do not apply.
 */
record Limits(Integer min, Integer max, Integer maxLength, Integer maxChoices) {

    static final Limits NONE = new Limits(null, null, null, null);
}
