package org.samvad.db.worker;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stores workers. */
public interface WorkerRepository extends ListCrudRepository<Worker, Long> {

    Optional<Worker> findByTelegramUserId(long telegramUserId);

    /** Whether a worker has joined with this ten-digit phone number. */
    boolean existsByPhone(String phone);
}
