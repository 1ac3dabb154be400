package org.samvad.db.access;

/**
 * What an admin API token may do. A coordinator reads summaries inside the token's
 * scope; an observer reads summaries inside it too (they hear the workers there) and
 * starts campaigns there; an admin manages tokens, locations and questionnaires and
 * may do everything else.
 */
public enum Role {
    ADMIN, COORDINATOR, OBSERVER
}
