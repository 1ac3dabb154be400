package org.samvad.nlp;

/** The sentiment of a free-text answer. */
public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL
}
