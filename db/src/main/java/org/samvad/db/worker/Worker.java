package org.samvad.db.worker;

import java.time.Instant;
import java.util.Objects;
import org.samvad.db.Language;
import org.samvad.db.location.Location;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A party worker who talks to the bot, known by their Telegram user id. A worker
 * starts {@link WorkerStatus#REGISTERING}: language, name and location are filled
 * in one by one ({@code locationCode} is the most specific place chosen so far).
 * Settling at a booth makes the worker {@link WorkerStatus#ACTIVE} and copies the
 * booth's ancestors into the worker, so rosters count at every level.
 */
public class Worker {

    @Id
    private Long id;
    private final long telegramUserId;
    private long chatId;
    private String name;
    private Language language;
    private WorkerStatus status;
    private String locationCode;
    private String stateCode;
    private String districtCode;
    private String assemblyCode;
    private String boothCode;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    Worker(Long id, long telegramUserId, long chatId, String name, Language language, WorkerStatus status,
            String locationCode, String stateCode, String districtCode, String assemblyCode, String boothCode,
            Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.telegramUserId = telegramUserId;
        this.chatId = chatId;
        this.name = name;
        this.language = language;
        this.status = status;
        this.locationCode = locationCode;
        this.stateCode = stateCode;
        this.districtCode = districtCode;
        this.assemblyCode = assemblyCode;
        this.boothCode = boothCode;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new worker who has just written to the bot for the first time. */
    public static Worker newcomer(long telegramUserId, long chatId, Instant now) {
        return new Worker(null, telegramUserId, chatId, null, null, WorkerStatus.REGISTERING,
                null, null, null, null, null, now, now, null);
    }

    /**
     * Records what registration has gathered so far. Language and name may change at
     * any time; the location only while registering.
     *
     * @throws IllegalStateException when an active worker's location would change here
     */
    public void update(Language language, String name, String locationCode, long chatId, Instant now) {
        if (status == WorkerStatus.ACTIVE && !Objects.equals(locationCode, this.locationCode)) {
            throw new IllegalStateException("An active worker's booth changes only through settleAt");
        }
        this.language = language;
        this.name = name;
        this.locationCode = locationCode;
        this.chatId = chatId;
        this.updatedAt = now;
    }

    /**
     * Registers the worker at a booth, which ends registration.
     *
     * @throws IllegalArgumentException when the location is not a booth
     * @throws IllegalStateException when language or name are still missing
     */
    public void settleAt(Location booth, Instant now) {
        if (!booth.isBooth()) {
            throw new IllegalArgumentException("Workers register at a booth, not at " + booth.level());
        }
        if (language == null || name == null) {
            throw new IllegalStateException("Language and name come before the booth");
        }
        this.locationCode = booth.code();
        this.stateCode = booth.stateCode();
        this.districtCode = booth.districtCode();
        this.assemblyCode = booth.assemblyCode();
        this.boothCode = booth.code();
        this.status = WorkerStatus.ACTIVE;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getTelegramUserId() {
        return telegramUserId;
    }

    public long getChatId() {
        return chatId;
    }

    /** The worker's name as they gave it; null until given. */
    public String getName() {
        return name;
    }

    /** Null until the worker has chosen. */
    public Language getLanguage() {
        return language;
    }

    public WorkerStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == WorkerStatus.ACTIVE;
    }

    /** The most specific place chosen so far; null before the first choice. */
    public String getLocationCode() {
        return locationCode;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getAssemblyCode() {
        return assemblyCode;
    }

    /** Null until the worker is active. */
    public String getBoothCode() {
        return boothCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
