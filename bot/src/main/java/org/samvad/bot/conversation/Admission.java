package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.location.Location;

/**
 * The stage before registration: only a worker the adapter has admitted (by invitation
 * or by their phone number on the roster) goes on. Everyone else is told, politely and
 * in both languages, how to join, with the button that shares their phone number; they
 * never see a questionnaire.
 */
final class Admission {

    private final Assets assets;
    private final Registration registration;

    Admission(Assets assets, Registration registration) {
        this.assets = assets;
        this.registration = registration;
    }

    /** What a worker not admitted yet gets, whatever they sent. */
    Outcome handle(Conversation conversation, Input input) {
        if (input instanceof Input.Admitted admitted) {
            return admit(conversation, admitted);
        }
        if (input instanceof Input.Refused refused) {
            return new Outcome(conversation, List.of(refusal(refused.reason(), conversation.language())));
        }
        return new Outcome(conversation, List.of(explanation(conversation.language())));
    }

    /** How to join: ask the observer for the link, or share the phone number. */
    static Reply explanation(Language language) {
        return Reply.askingForContact(Phrases.said(Phrases.INVITATION_ONLY, Phrases.HOW_TO_JOIN, language));
    }

    private Outcome admit(Conversation conversation, Input.Admitted admitted) {
        Conversation next = conversation.admittedTo(admitted.locationCode(), admitted.name());
        Optional<Location> place = Optional.ofNullable(admitted.locationCode()).flatMap(assets::location);
        Language language = next.language();
        String joined = place.map(p -> language == null
                        ? Phrases.JOINED_AT.hi().formatted(p.nameHi()) + "\n" + Phrases.JOINED_AT.en().formatted(p.nameEn())
                        : Phrases.JOINED_AT.in(language).formatted(p.name(language)))
                .orElseGet(() -> language == null ? Phrases.JOINED.hi() + "\n" + Phrases.JOINED.en()
                        : Phrases.JOINED.in(language));
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.removingKeyboard(joined));
        return registration.moveOn(conversation, next, replies);
    }

    private static Reply refusal(Input.Refused.Reason reason, Language language) {
        Text problem = switch (reason) {
            case UNKNOWN_INVITATION -> Phrases.UNKNOWN_INVITATION;
            case EXPIRED_INVITATION -> Phrases.EXPIRED_INVITATION;
            case REVOKED_INVITATION -> Phrases.REVOKED_INVITATION;
            case USED_INVITATION -> Phrases.USED_INVITATION;
            case NOT_ON_ROSTER -> Phrases.NOT_ON_ROSTER;
            case NOT_OWN_CONTACT -> Phrases.NOT_OWN_CONTACT;
            case PHONE_TAKEN -> Phrases.PHONE_TAKEN;
        };
        Text advice = switch (reason) {
            case NOT_ON_ROSTER, PHONE_TAKEN -> Phrases.ASK_OBSERVER;
            case NOT_OWN_CONTACT -> Phrases.SHARE_OWN_CONTACT;
            default -> Phrases.ASK_FOR_NEW_LINK;
        };
        String text = Phrases.said(problem, advice, language);
        return advice == Phrases.ASK_OBSERVER ? Reply.of(text) : Reply.askingForContact(text);
    }
}
