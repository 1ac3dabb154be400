package org.samvad.db.worker;

/** Where a worker stands: still registering, or registered to a booth. */
public enum WorkerStatus {
    REGISTERING, ACTIVE
}
