package org.samvad.db.worker;

import java.time.Instant;
import java.util.Objects;
import org.samvad.db.Language;
import org.samvad.db.location.Location;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * A party worker who talks to the bot, known by their Telegram user id. A worker is
 * admitted first, by an invitation or by their phone number on the roster
 * ({@link #admit}); workers who registered before admission existed count as admitted
 * once active. A worker starts {@link WorkerStatus#REGISTERING}: language, name and
 * location are filled in one by one ({@code locationCode} is the most specific place
 * chosen so far). Settling at a booth makes the worker {@link WorkerStatus#ACTIVE} and
 * copies the booth's ancestors into the worker, so rosters count at every level.
 * A worker who asks to be forgotten ({@link #forget}) keeps only their booth and
 * language, for counting. A worker read from the database knows whether anything has
 * changed since ({@link #hasChanges}), so an answer that leaves the worker as they were
 * does not rewrite their row.
 */
public class Worker {

    @Id
    private Long id;
    private long telegramUserId;
    private long chatId;
    private String name;
    private String phone;
    private JoinedVia joinedVia;
    private String invitationCode;
    private Language language;
    private WorkerStatus status;
    private String locationCode;
    private String stateCode;
    private String districtCode;
    private String assemblyCode;
    private String boothCode;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant forgottenAt;
    private String ageBand;
    private String gender;
    private String socialCategory;
    private Boolean minority;
    private Integer profileQuestion;
    @Version
    private Integer version;
    @Transient
    private boolean changed;

    Worker(Long id, long telegramUserId, long chatId, String name, String phone, JoinedVia joinedVia,
            String invitationCode, Language language, WorkerStatus status, String locationCode, String stateCode,
            String districtCode, String assemblyCode, String boothCode, Instant createdAt, Instant updatedAt,
            Instant forgottenAt, String ageBand, String gender, String socialCategory, Boolean minority,
            Integer profileQuestion, Integer version) {
        this.id = id;
        this.telegramUserId = telegramUserId;
        this.chatId = chatId;
        this.name = name;
        this.phone = phone;
        this.joinedVia = joinedVia;
        this.invitationCode = invitationCode;
        this.language = language;
        this.status = status;
        this.locationCode = locationCode;
        this.stateCode = stateCode;
        this.districtCode = districtCode;
        this.assemblyCode = assemblyCode;
        this.boothCode = boothCode;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.forgottenAt = forgottenAt;
        this.ageBand = ageBand;
        this.gender = gender;
        this.socialCategory = socialCategory;
        this.minority = minority;
        this.profileQuestion = profileQuestion;
        this.version = version;
    }

    /** A new worker who has just written to the bot for the first time. */
    public static Worker newcomer(long telegramUserId, long chatId, Instant now) {
        return new Worker(null, telegramUserId, chatId, null, null, null, null, null, WorkerStatus.REGISTERING,
                null, null, null, null, null, now, now, null, null, null, null, null, null, null);
    }

    /**
     * Admits the worker: by invitation with its code, or by contact with their
     * ten-digit phone number.
     *
     * @throws IllegalStateException when the worker is admitted already
     * @throws IllegalArgumentException without the code (invitation) or the phone (contact)
     */
    public void admit(JoinedVia via, String code, String phoneNumber, Instant now) {
        if (isAdmitted()) {
            throw new IllegalStateException("The worker is admitted already");
        }
        if (via == JoinedVia.INVITATION ? code == null : phoneNumber == null) {
            throw new IllegalArgumentException("Joining " + via + " needs its " + (via == JoinedVia.INVITATION ? "code" : "phone"));
        }
        this.joinedVia = via;
        this.invitationCode = code;
        this.phone = phoneNumber;
        changedAt(now);
    }

    /**
     * Erases what identifies the worker: name, phone, invitation code, chat and profile; the
     * Telegram user id becomes minus the row's id, so the person is a stranger when
     * they write again. Booth, language and answers stay, counted without a name.
     *
     * @throws IllegalStateException for a worker never stored
     */
    public void forget(Instant now) {
        if (id == null) {
            throw new IllegalStateException("Only a stored worker is forgotten");
        }
        this.telegramUserId = -id;
        this.chatId = 0;
        this.name = null;
        this.phone = null;
        this.invitationCode = null;
        tell(Profile.UNTOLD, now);
        this.profileQuestion = null;
        this.forgottenAt = now;
        changedAt(now);
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
        if (language == this.language && Objects.equals(name, this.name)
                && Objects.equals(locationCode, this.locationCode) && chatId == this.chatId) {
            return;
        }
        this.language = language;
        this.name = name;
        this.locationCode = locationCode;
        this.chatId = chatId;
        changedAt(now);
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
        changedAt(now);
    }

    /**
     * Records what the worker chose to tell about themselves (see {@link Profile}); a null
     * field is not told, and replaces what was told before.
     */
    public void tell(Profile profile, Instant now) {
        if (profile.equals(getProfile())) {
            return;
        }
        this.ageBand = profile.ageBand();
        this.gender = profile.gender();
        this.socialCategory = profile.socialCategory();
        this.minority = profile.minority();
        changedAt(now);
    }

    /**
     * Which profile question the bot is asking (0 age band, 1 gender, 2 social category,
     * 3 minority), or null for none.
     *
     * @throws IllegalArgumentException for another number
     */
    public void askProfileQuestion(Integer question, Instant now) {
        if (question != null && (question < 0 || question > 3)) {
            throw new IllegalArgumentException("No profile question " + question);
        }
        if (!Objects.equals(question, profileQuestion)) {
            this.profileQuestion = question;
            changedAt(now);
        }
    }

    /**
     * Whether the worker needs storing: never stored, or changed since read or created.
     * Saving does not reset this; a worker is read afresh for every message.
     */
    public boolean hasChanges() {
        return id == null || changed;
    }

    private void changedAt(Instant now) {
        this.updatedAt = now;
        this.changed = true;
    }

    /** The profile question being asked; null when none. */
    public Integer getProfileQuestion() {
        return profileQuestion;
    }

    /** What the worker told about themselves; {@link Profile#UNTOLD} when nothing. */
    public Profile getProfile() {
        return new Profile(ageBand, gender, socialCategory, minority);
    }

    public Long getId() {
        return id;
    }

    /** Negative once forgotten. */
    public long getTelegramUserId() {
        return telegramUserId;
    }

    /** The chat the bot writes to; 0 once forgotten. */
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

    /** Admitted by invitation or contact, or active since before admission existed; never once forgotten. */
    public boolean isAdmitted() {
        return forgottenAt == null && (joinedVia != null || isActive());
    }

    /** The ten-digit mobile number of a worker admitted by contact; null otherwise. */
    public String getPhone() {
        return phone;
    }

    /** Null for workers who registered before admission existed. */
    public JoinedVia getJoinedVia() {
        return joinedVia;
    }

    /** The code of the invitation the worker joined by; null otherwise, and once forgotten. */
    public String getInvitationCode() {
        return invitationCode;
    }

    /** Null unless the worker asked to be forgotten. */
    public Instant getForgottenAt() {
        return forgottenAt;
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
