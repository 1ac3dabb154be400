package org.samvad.admin.observer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samvad.admin.Conflict;
import org.samvad.admin.NotFoundException;
import org.samvad.admin.Unprocessable;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appoints, lists and revokes observers: Telegram users who invite workers in their districts through the bot. */
@Service
class Observers {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DISTRICTS = 100;
    private static final String REJECTED = "Invalid observer request";

    private final ObserverRepository observers;
    private final LocationRepository locations;
    private final Clock clock;

    Observers(ObserverRepository observers, LocationRepository locations, Clock clock) {
        this.observers = observers;
        this.locations = locations;
        this.clock = clock;
    }

    /**
     * Appoints a Telegram user as observer for some districts.
     *
     * @throws Unprocessable for a missing user id or name, or districts that are missing, unknown or not districts
     * @throws Conflict when the Telegram user is (or was) an observer already
     */
    @Transactional
    Observer appoint(Long telegramUserId, String name, List<String> districtCodes) {
        if (telegramUserId == null || telegramUserId <= 0) {
            throw new Unprocessable(REJECTED, "'telegramUserId' is the Telegram user's numeric id.");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new Unprocessable(REJECTED, "'name' has 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        List<Location> districts = districts(districtCodes);
        observers.findByTelegramUserId(telegramUserId).ifPresent(existing -> {
            throw alreadyAppointed(existing.getId());
        });
        try {
            return observers.save(Observer.appoint(telegramUserId, trimmed, districts, clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new Conflict("This Telegram user was made an observer at the same time by another request.");
        }
    }

    @Transactional(readOnly = true)
    List<Observer> all() {
        return observers.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    Observer one(long id) {
        return observers.findById(id).orElseThrow(() -> new NotFoundException("No observer has the id " + id + "."));
    }

    /** Ends an appointment; revoking a revoked observer changes nothing. */
    @Transactional
    void revoke(long id) {
        Observer observer = one(id);
        if (!observer.isRevoked()) {
            observer.revoke(clock.instant());
            observers.save(observer);
        }
    }

    private List<Location> districts(List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.size() > MAX_DISTRICTS
                || codes.stream().anyMatch(code -> code == null || code.isBlank())) {
            throw new Unprocessable(REJECTED, "'districts' lists 1 to " + MAX_DISTRICTS
                    + " district codes, such as BR-KAI.");
        }
        Map<String, Location> found = locations.findAllById(codes).stream()
                .collect(Collectors.toMap(Location::code, Function.identity()));
        List<String> wrong = codes.stream().distinct()
                .filter(code -> !found.containsKey(code) || found.get(code).level() != LocationLevel.DISTRICT).toList();
        if (!wrong.isEmpty()) {
            throw new Unprocessable(REJECTED, "Not the code of a district: " + wrong.stream()
                    .map(code -> "'" + code + "'").collect(Collectors.joining(", ")) + ".");
        }
        return codes.stream().distinct().map(found::get).toList();
    }

    private static Conflict alreadyAppointed(long id) {
        return new Conflict("This Telegram user is an observer already (observer " + id
                + "); a revoked observer cannot be appointed again yet.");
    }
}
