package org.samvad.bot.chat;

import java.time.Instant;
import java.util.Optional;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Input.Refused.Reason;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.roster.IndianMobile;
import org.samvad.db.roster.RosterEntry;
import org.samvad.db.roster.RosterRepository;
import org.samvad.db.worker.JoinedVia;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.stereotype.Component;

/**
 * Finds out whether a worker not yet admitted may join: an invitation code from a
 * {@code /start} deep link, or their own phone number on the roster, becomes
 * {@link Input.Admitted} or {@link Input.Refused} for the engine. Once the engine has
 * admitted the worker, {@link #record} counts the invitation's use and marks how the
 * worker joined, in the transaction of the message. For a worker admitted already,
 * codes and contacts change nothing.
 */
@Component
class Admissions {

    private final InvitationRepository invitations;
    private final RosterRepository roster;
    private final WorkerRepository workers;

    Admissions(InvitationRepository invitations, RosterRepository roster, WorkerRepository workers) {
        this.invitations = invitations;
        this.roster = roster;
        this.workers = workers;
    }

    /** What the worker sent as the engine's input, with what admits them if it does. */
    record Resolved(Input input, Invitation invitation, String phone) {

        static Resolved as(Input input) {
            return new Resolved(input, null, null);
        }

        @Override
        public String toString() {
            return "Resolved[" + input + "]";
        }
    }

    Resolved resolve(Worker worker, Input input, Instant now) {
        if (worker.isAdmitted()) {
            return Resolved.as(input);
        }
        if (input instanceof Input.Command command && command.name().equals("start") && command.argument() != null) {
            return byInvitation(command.argument(), now);
        }
        if (input instanceof Input.SharedContact contact) {
            return byContact(contact);
        }
        return Resolved.as(input);
    }

    /**
     * Records the admission the engine accepted: the invitation's use, or the phone number.
     *
     * @throws IllegalStateException when nothing admitted the worker
     */
    void record(Worker worker, Resolved resolved, Instant now) {
        if (resolved.invitation() != null) {
            resolved.invitation().admit(now);
            invitations.save(resolved.invitation());
            worker.admit(JoinedVia.INVITATION, resolved.invitation().getCode(), null, now);
        } else if (resolved.phone() != null) {
            worker.admit(JoinedVia.CONTACT, null, resolved.phone(), now);
        } else {
            throw new IllegalStateException("Admitted without an invitation or the roster");
        }
    }

    private Resolved byInvitation(String code, Instant now) {
        Optional<Invitation> found = Invitation.isWellFormed(code) ? invitations.findById(code) : Optional.empty();
        if (found.isEmpty()) {
            return Resolved.as(new Input.Refused(Reason.UNKNOWN_INVITATION));
        }
        Optional<Invitation.Refusal> refusal = found.get().refusal(now);
        if (refusal.isPresent()) {
            return Resolved.as(new Input.Refused(switch (refusal.get()) {
                case EXPIRED -> Reason.EXPIRED_INVITATION;
                case REVOKED -> Reason.REVOKED_INVITATION;
                case USED_UP -> Reason.USED_INVITATION;
            }));
        }
        return new Resolved(new Input.Admitted(found.get().getBoothCode(), null), found.get(), null);
    }

    private Resolved byContact(Input.SharedContact contact) {
        if (!contact.own()) {
            return Resolved.as(new Input.Refused(Reason.NOT_OWN_CONTACT));
        }
        Optional<RosterEntry> entry = IndianMobile.normalise(contact.phone()).flatMap(roster::findById);
        if (entry.isEmpty()) {
            return Resolved.as(new Input.Refused(Reason.NOT_ON_ROSTER));
        }
        if (workers.existsByPhone(entry.get().getPhone())) {
            return Resolved.as(new Input.Refused(Reason.PHONE_TAKEN));
        }
        return new Resolved(new Input.Admitted(entry.get().getBoothCode(), entry.get().getName()), null,
                entry.get().getPhone());
    }
}
