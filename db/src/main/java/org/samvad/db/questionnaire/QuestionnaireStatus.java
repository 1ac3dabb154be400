package org.samvad.db.questionnaire;

/** The lifecycle of a questionnaire version: draft, then published, then closed. */
public enum QuestionnaireStatus {
    DRAFT, PUBLISHED, CLOSED
}
