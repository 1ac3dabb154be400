package org.samvad.db.worker;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores workers. */
public interface WorkerRepository extends ListCrudRepository<Worker, Long> {

    /** The worker behind a Telegram user; written as SQL because it runs for every message. */
    @Query("select * from worker where telegram_user_id = :telegramUserId")
    Optional<Worker> findByTelegramUserId(long telegramUserId);

    /** Whether a worker has joined with this ten-digit phone number. */
    boolean existsByPhone(String phone);
}
