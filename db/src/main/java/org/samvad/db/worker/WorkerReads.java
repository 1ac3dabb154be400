package org.samvad.db.worker;

import java.util.Optional;

/**
 * Reads a worker by Telegram user id, for every message a worker sends: the row is
 * mapped by hand, which costs a fraction of the generic mapping of the repository.
 */
public interface WorkerReads {

    /** The worker behind a Telegram user. */
    Optional<Worker> findByTelegramUserId(long telegramUserId);
}
