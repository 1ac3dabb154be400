package org.samvad.db.observer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stores observers. */
public interface ObserverRepository extends ListCrudRepository<Observer, Long> {

    Optional<Observer> findByTelegramUserId(long telegramUserId);

    List<Observer> findAllByOrderByIdAsc();
}
