package org.samvad.db.run;

/** A run is in progress until the worker has answered its last question. */
public enum RunStatus {
    IN_PROGRESS, COMPLETED
}
