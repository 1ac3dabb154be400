package org.samvad.bot.chat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samvad.bot.BotSettings;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.samvad.bot.observer.InvitationDialog;
import org.samvad.bot.TelegramProperties;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes an observer's {@code /invite} and presses on its buttons out of the worker
 * conversation: loads the observer, runs the {@link InvitationDialog}, and stores the
 * invitation it asks for, in the transaction of the message. {@code /invite} from
 * someone who is not an appointed observer, and {@code inv:} presses from someone who
 * was never one, are left to the worker conversation, which treats them like any
 * unknown command or button. Logs carry the observer's id only.
 */
@Component
class ObserverInvitations {

    private static final Logger log = LoggerFactory.getLogger(ObserverInvitations.class);

    private final InvitationDialog dialog = new InvitationDialog();
    private final ObserverRepository observers;
    private final InvitationRepository invitations;
    private final InvitationDialog.Places places;
    private final BotSettings settings;
    private final TelegramProperties telegram;

    ObserverInvitations(ObserverRepository observers, InvitationRepository invitations, LocationRepository locations,
            BotSettings settings, TelegramProperties telegram) {
        this.observers = observers;
        this.invitations = invitations;
        this.places = new InvitationDialog.Places() {

            @Override
            public Optional<Location> location(String code) {
                return locations.findById(code);
            }

            @Override
            public List<Location> childrenWithBooths(String code) {
                return locations.findChildrenWithBooths(code);
            }
        };
        this.settings = settings;
        this.telegram = telegram;
    }

    /**
     * Handles an observer's input.
     *
     * @return the replies, or empty when the input is not for the observer dialog
     */
    Optional<List<Reply>> handle(long telegramUserId, Input input, Instant now) {
        if (!InvitationDialog.concerns(input)) {
            return Optional.empty();
        }
        Optional<Observer> observer = observers.findByTelegramUserId(telegramUserId)
                .filter(o -> input instanceof Input.Press || !o.isRevoked());
        if (observer.isEmpty()) {
            return Optional.empty();
        }
        InvitationDialog.Step step = dialog.handle(observer.get(), places, input);
        if (step.issue().isEmpty()) {
            return Optional.of(step.replies());
        }
        return Optional.of(List.of(issue(observer.get(), step.issue().get(), now)));
    }

    private Reply issue(Observer observer, InvitationDialog.Issue issue, Instant now) {
        Instant expiresAt = now.plus(settings.invitationValidity());
        String createdBy = "observer " + observer.getId();
        Invitation invitation = invitations.save(issue.kind() == InvitationDialog.Kind.WHOLE_BOOTH
                ? Invitation.forBooth(issue.booth(), expiresAt, createdBy, now)
                : Invitation.forOneWorker(issue.booth(), expiresAt, createdBy, now));
        log.info("Observer {} issued an invitation ({})", observer.getId(), issue.kind());
        return dialog.issued(issue.booth(), issue.kind(), telegram.deepLink(invitation.getCode()), expiresAt);
    }
}
