package org.samvad.db.worker;

import org.springframework.data.repository.ListCrudRepository;

/** Stores workers; the read every message makes is {@link WorkerReads}. */
public interface WorkerRepository extends ListCrudRepository<Worker, Long>, WorkerReads {

    /** Whether a worker has joined with this ten-digit phone number. */
    boolean existsByPhone(String phone);
}
