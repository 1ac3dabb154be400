package org.samvad.bot.campaign;

import static org.samvad.bot.campaign.CampaignPhrases.both;
import static org.samvad.bot.campaign.CampaignPhrases.label;
import static org.samvad.bot.campaign.CampaignPhrases.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.Text;
import org.samvad.db.campaign.CampaignTexts;
import org.samvad.db.campaign.Preflight;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.observer.Observer;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * An observer's way to a campaign, as a pure function: {@code /survey} offers the
 * published questionnaires; a press on one offers their districts (or, with one
 * district, its assembly constituencies), a press on a place its parts and "all of it";
 * choosing a scope shows how many workers it reaches and when the last invitation should
 * have gone out; confirming asks the caller to make the campaign. All state travels in
 * the buttons' data ({@code srv:q:<questionnaire>}, {@code srv:s:<questionnaire>:<place>:<page>},
 * {@code srv:p:<questionnaire>:<place>}, {@code srv:c:<questionnaire>:<place>}, {@code srv:x}),
 * and every press is checked again: the questionnaire version must still be published
 * and the place in the observer's districts, so a forged or old button starts nothing
 * outside them. No SQL, no clock, no Telegram types.
 */
public final class SurveyDialog {

    /** Data of the buttons this dialog makes start with this. */
    public static final String PREFIX = "srv:";
    /** Places per page; Telegram allows at most 100 buttons under one message. */
    static final int PAGE_SIZE = 30;

    /** What the dialog reads: places, published questionnaires and pre-flight figures. */
    public interface Catalogue {

        Optional<Location> location(String code);

        /** The children of a location that have booths (booths included), in the order shown. */
        List<Location> childrenWithBooths(String code);

        /** The newest published version of each questionnaire. */
        List<Questionnaire> published();

        /** A questionnaire version, if it is published. */
        Optional<Questionnaire> published(long id);

        /** The figures of a campaign of the observer's in this scope, starting now. */
        Preflight preflight(Location scope);
    }

    /** A campaign to make: this questionnaire version, for the workers of this place. */
    public record Launch(Questionnaire questionnaire, Location scope) {
    }

    /** What to answer, or (with no replies) the campaign to make and then announce with {@link #launched}. */
    public record Step(List<Reply> replies, Optional<Launch> launch) {

        static Step say(Reply reply) {
            return new Step(List.of(reply), Optional.empty());
        }
    }

    /** Whether an input belongs to this dialog: {@code /survey}, or a press on one of its buttons. */
    public static boolean concerns(Input input) {
        return input instanceof Input.Command command && command.name().equals("survey")
                || input instanceof Input.Press press && press.data().startsWith(PREFIX);
    }

    /** The observer's next step; {@code input} is one that {@link #concerns} this dialog. */
    public Step handle(Observer observer, Catalogue catalogue, Input input) {
        if (observer.isRevoked()) {
            return Step.say(Reply.of(both(CampaignPhrases.NO_LONGER_OBSERVER)));
        }
        if (input instanceof Input.Command) {
            return questionnaires(catalogue);
        }
        if (input instanceof Input.Press press && press.data().startsWith(PREFIX)) {
            return pressed(observer, catalogue, press.data().substring(PREFIX.length()).split(":", -1));
        }
        return stale();
    }

    /** The message that tells the observer their campaign has started. */
    public Reply launched(long campaignId, Location scope, long invited, Preflight preflight) {
        return Reply.of(both(CampaignPhrases.LAUNCHED, plain(campaignId), plain(invited), name(scope),
                plain(CampaignTexts.expiry(preflight.estimatedCompletion()))));
    }

    private Step pressed(Observer observer, Catalogue catalogue, String[] parts) {
        if (parts.length == 1 && parts[0].equals("x")) {
            return new Step(List.of(new Reply(both(CampaignPhrases.CANCELLED), List.of(), true)), Optional.empty());
        }
        if (parts.length < 2 || !parts[1].matches("\\d{1,18}")) {
            return stale();
        }
        Optional<Questionnaire> questionnaire = catalogue.published(Long.parseLong(parts[1]));
        if (questionnaire.isEmpty()) {
            return Step.say(Reply.of(both(CampaignPhrases.QUESTIONNAIRE_GONE)));
        }
        if (parts.length == 2 && parts[0].equals("q")) {
            return top(observer, catalogue, questionnaire.get());
        }
        if (parts.length < 3) {
            return stale();
        }
        Optional<Location> place = catalogue.location(parts[2]).filter(observer::covers);
        if (place.isEmpty()) {
            return Step.say(Reply.of(both(CampaignPhrases.NOT_IN_DISTRICTS)));
        }
        return switch (parts[0] + parts.length) {
            case "s4" -> page(parts[3]).map(p -> parts(catalogue, questionnaire.get(), place.get(), p))
                    .orElseGet(this::stale);
            case "p3" -> preflight(catalogue, questionnaire.get(), place.get());
            case "c3" -> new Step(List.of(), Optional.of(new Launch(questionnaire.get(), place.get())));
            default -> stale();
        };
    }

    private Step questionnaires(Catalogue catalogue) {
        List<Questionnaire> published = catalogue.published();
        if (published.isEmpty()) {
            return Step.say(Reply.of(both(CampaignPhrases.NO_QUESTIONNAIRE)));
        }
        List<List<Reply.Button>> rows = published.stream()
                .map(q -> List.of(new Reply.Button(q.title().hi() + " / " + q.title().en(), PREFIX + "q:" + q.id())))
                .toList();
        return Step.say(new Reply(both(CampaignPhrases.CHOOSE_QUESTIONNAIRE), rows));
    }

    private Step top(Observer observer, Catalogue catalogue, Questionnaire questionnaire) {
        List<Location> districts = observer.getDistrictCodes().stream().map(catalogue::location)
                .flatMap(Optional::stream).filter(observer::covers).toList();
        if (districts.size() == 1) {
            return parts(catalogue, questionnaire, districts.get(0), 0);
        }
        return menu(both(CampaignPhrases.CHOOSE_DISTRICT, questionnaire.title()), districts, 0,
                d -> PREFIX + "s:" + questionnaire.id() + ":" + d.code() + ":0", p -> null, List.of());
    }

    private Step parts(Catalogue catalogue, Questionnaire questionnaire, Location place, int page) {
        List<Location> children = place.isBooth() ? List.of() : catalogue.childrenWithBooths(place.code());
        List<Reply.Button> whole = List.of(new Reply.Button(label(CampaignPhrases.WHOLE, name(place)),
                PREFIX + "p:" + questionnaire.id() + ":" + place.code()));
        return menu(both(CampaignPhrases.CHOOSE_SCOPE, name(place)), children, page,
                child -> PREFIX + (child.level() == LocationLevel.BOOTH ? "p:" : "s:") + questionnaire.id() + ":"
                        + child.code() + (child.level() == LocationLevel.BOOTH ? "" : ":0"),
                p -> PREFIX + "s:" + questionnaire.id() + ":" + place.code() + ":" + p, whole);
    }

    private Step preflight(Catalogue catalogue, Questionnaire questionnaire, Location scope) {
        Preflight preflight = catalogue.preflight(scope);
        if (preflight.workers() == 0) {
            return Step.say(new Reply(both(CampaignPhrases.NO_WORKERS, name(scope)), List.of(), true));
        }
        String text = both(CampaignPhrases.PREFLIGHT, questionnaire.title(), name(scope), plain(preflight.workers()),
                plain(preflight.messagesPerSecond()), plain(CampaignTexts.expiry(preflight.estimatedCompletion())));
        List<List<Reply.Button>> buttons = List.of(List.of(
                new Reply.Button(label(CampaignPhrases.CONFIRM), PREFIX + "c:" + questionnaire.id() + ":" + scope.code()),
                new Reply.Button(label(CampaignPhrases.CANCEL), PREFIX + "x")));
        return Step.say(new Reply(text, buttons, true));
    }

    private Step menu(String text, List<Location> places, int page, Function<Location, String> data,
            Function<Integer, String> pageData, List<Reply.Button> first) {
        int pages = Math.max(1, (places.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page >= pages) {
            return stale();
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        if (!first.isEmpty()) {
            rows.add(first);
        }
        List<Location> shown = places.subList(page * PAGE_SIZE, Math.min(places.size(), (page + 1) * PAGE_SIZE));
        for (int i = 0; i < shown.size(); i += 2) {
            rows.add(shown.subList(i, Math.min(shown.size(), i + 2)).stream()
                    .map(place -> new Reply.Button(buttonLabel(place), data.apply(place))).toList());
        }
        List<Reply.Button> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(new Reply.Button(label(CampaignPhrases.PREVIOUS), pageData.apply(page - 1)));
        }
        if (page + 1 < pages) {
            navigation.add(new Reply.Button(label(CampaignPhrases.NEXT), pageData.apply(page + 1)));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        return Step.say(new Reply(text, rows, true));
    }

    private static Optional<Integer> page(String text) {
        return text.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private static String buttonLabel(Location place) {
        String name = place.nameHi() + " / " + place.nameEn();
        return place.number() == null ? name : place.number() + " · " + name;
    }

    private static Text name(Location place) {
        return new Text(place.nameEn(), place.nameHi());
    }

    private Step stale() {
        return Step.say(Reply.of(both(CampaignPhrases.STALE_BUTTON)));
    }
}
