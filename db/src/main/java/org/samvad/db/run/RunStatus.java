package org.samvad.db.run;

/**
 * A run is in progress until the worker confirms their answers (completed) or its
 * time runs out (expired).
 */
public enum RunStatus {
    IN_PROGRESS, COMPLETED, EXPIRED
}
