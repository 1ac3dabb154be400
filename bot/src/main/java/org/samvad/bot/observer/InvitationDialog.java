package org.samvad.bot.observer;

import static org.samvad.bot.observer.InvitationPhrases.both;
import static org.samvad.bot.observer.InvitationPhrases.label;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.Text;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.observer.Observer;

/**
 * An observer's way to an invitation link, as a pure function: {@code /invite} offers
 * the assembly constituencies of their districts, a press on one its booths, a press on
 * a booth the two kinds of link, and a press on a kind asks the caller to create that
 * invitation. All state travels in the buttons' data ({@code inv:l:<page>},
 * {@code inv:a:<assembly>:<page>}, {@code inv:b:<booth>}, {@code inv:all:<booth>},
 * {@code inv:one:<booth>}), and every press is checked against the observer's
 * districts again, so a forged or old button never reaches a place outside them.
 * No SQL, no clock, no Telegram types.
 */
public final class InvitationDialog {

    /** Data of the buttons this dialog makes start with this. */
    public static final String PREFIX = "inv:";
    /** Buttons per page of a list; Telegram allows at most 100 under one message. */
    static final int PAGE_SIZE = 30;
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'IST'", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Kolkata"));

    /** The places the dialog offers. */
    public interface Places {

        Optional<Location> location(String code);

        /** The children of a location that have booths (booths included), in the order shown. */
        List<Location> childrenWithBooths(String code);
    }

    /** The two kinds of invitation an observer issues. */
    public enum Kind {
        /** Any number of the booth's workers. */
        WHOLE_BOOTH("all"),
        /** One worker: it admits once. */
        ONE_WORKER("one");

        private final String data;

        Kind(String data) {
            this.data = data;
        }
    }

    /** An invitation to create: for this booth, of this kind. */
    public record Issue(Location booth, Kind kind) {
    }

    /** What to answer, or (with no replies) the invitation to create and then announce with {@link #issued}. */
    public record Step(List<Reply> replies, Optional<Issue> issue) {

        static Step say(Reply reply) {
            return new Step(List.of(reply), Optional.empty());
        }
    }

    /** Whether an input belongs to this dialog: {@code /invite}, or a press on one of its buttons. */
    public static boolean concerns(Input input) {
        return input instanceof Input.Command command && command.name().equals("invite")
                || input instanceof Input.Press press && press.data().startsWith(PREFIX);
    }

    /** The observer's next step; {@code input} is one that {@link #concerns} this dialog. */
    public Step handle(Observer observer, Places places, Input input) {
        if (observer.isRevoked()) {
            return Step.say(Reply.of(both(InvitationPhrases.NO_LONGER_OBSERVER)));
        }
        if (input instanceof Input.Command command) {
            return command.argument() == null ? assemblies(observer, places, 0, false)
                    : chosen(observer, places, command.argument().strip().toUpperCase(Locale.ROOT));
        }
        if (input instanceof Input.Press press && press.data().startsWith(PREFIX)) {
            return pressed(observer, places, press.data().substring(PREFIX.length()).split(":", -1));
        }
        return stale();
    }

    /** The message that hands the observer a new link. */
    public Reply issued(Location booth, Kind kind, String link, Instant expiresAt) {
        Text phrase = kind == Kind.WHOLE_BOOTH ? InvitationPhrases.ISSUED_WHOLE_BOOTH
                : InvitationPhrases.ISSUED_ONE_WORKER;
        String expiry = EXPIRY.format(expiresAt);
        return Reply.of(both(phrase, name(booth), new Text(expiry, expiry)) + "\n\n" + link);
    }

    private Step pressed(Observer observer, Places places, String[] parts) {
        if (parts.length == 2 && parts[0].equals("l")) {
            return page(parts[1]).map(page -> assemblies(observer, places, page, true)).orElseGet(this::stale);
        }
        if (parts.length == 3 && parts[0].equals("a")) {
            Optional<Location> assembly = covered(observer, places, parts[1], LocationLevel.ASSEMBLY);
            Optional<Integer> page = page(parts[2]);
            return assembly.isEmpty() ? refused() : page.map(p -> booths(places, assembly.get(), p, true))
                    .orElseGet(this::stale);
        }
        if (parts.length == 2 && parts[0].equals("b")) {
            return covered(observer, places, parts[1], LocationLevel.BOOTH).map(booth -> kinds(booth, true))
                    .orElseGet(this::refused);
        }
        for (Kind kind : Kind.values()) {
            if (parts.length == 2 && parts[0].equals(kind.data)) {
                return covered(observer, places, parts[1], LocationLevel.BOOTH)
                        .map(booth -> new Step(List.of(), Optional.of(new Issue(booth, kind))))
                        .orElseGet(this::refused);
            }
        }
        return stale();
    }

    private Step chosen(Observer observer, Places places, String code) {
        Optional<Location> place = places.location(code).filter(observer::covers);
        if (place.isPresent() && place.get().isBooth()) {
            return kinds(place.get(), false);
        }
        if (place.isPresent() && place.get().level() == LocationLevel.ASSEMBLY) {
            return booths(places, place.get(), 0, false);
        }
        return refused();
    }

    private Step assemblies(Observer observer, Places places, int page, boolean inPlace) {
        List<Location> assemblies = observer.getDistrictCodes().stream()
                .flatMap(district -> places.childrenWithBooths(district).stream())
                .filter(a -> a.level() == LocationLevel.ASSEMBLY && observer.covers(a))
                .toList();
        if (assemblies.isEmpty()) {
            return Step.say(Reply.of(both(InvitationPhrases.NO_BOOTHS)));
        }
        return menu(both(InvitationPhrases.CHOOSE_ASSEMBLY), assemblies, page, a -> PREFIX + "a:" + a.code() + ":0",
                p -> PREFIX + "l:" + p, List.of(), inPlace);
    }

    private Step booths(Places places, Location assembly, int page, boolean inPlace) {
        List<Location> booths = places.childrenWithBooths(assembly.code()).stream().filter(Location::isBooth).toList();
        List<Reply.Button> back = List.of(new Reply.Button(label(InvitationPhrases.ASSEMBLIES), PREFIX + "l:0"));
        return menu(both(InvitationPhrases.CHOOSE_BOOTH, name(assembly)), booths, page, b -> PREFIX + "b:" + b.code(),
                p -> PREFIX + "a:" + assembly.code() + ":" + p, back, inPlace);
    }

    private Step kinds(Location booth, boolean inPlace) {
        List<List<Reply.Button>> buttons = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Text text = kind == Kind.WHOLE_BOOTH ? InvitationPhrases.WHOLE_BOOTH : InvitationPhrases.ONE_WORKER;
            buttons.add(List.of(new Reply.Button(label(text), PREFIX + kind.data + ":" + booth.code())));
        }
        return Step.say(new Reply(both(InvitationPhrases.CHOOSE_KIND, name(booth)), buttons, inPlace));
    }

    private Step menu(String text, List<Location> places, int page, Function<Location, String> data,
            Function<Integer, String> pageData, List<Reply.Button> extra, boolean inPlace) {
        int pages = Math.max(1, (places.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page >= pages) {
            return stale();
        }
        List<List<Reply.Button>> rows = new ArrayList<>();
        List<Location> shown = places.subList(page * PAGE_SIZE, Math.min(places.size(), (page + 1) * PAGE_SIZE));
        for (int i = 0; i < shown.size(); i += 2) {
            rows.add(shown.subList(i, Math.min(shown.size(), i + 2)).stream()
                    .map(place -> new Reply.Button(buttonLabel(place), data.apply(place))).toList());
        }
        List<Reply.Button> navigation = new ArrayList<>(extra);
        if (page > 0) {
            navigation.add(new Reply.Button(label(InvitationPhrases.PREVIOUS), pageData.apply(page - 1)));
        }
        if (page + 1 < pages) {
            navigation.add(new Reply.Button(label(InvitationPhrases.NEXT), pageData.apply(page + 1)));
        }
        if (!navigation.isEmpty()) {
            rows.add(navigation);
        }
        return Step.say(new Reply(text, rows, inPlace));
    }

    private static Optional<Location> covered(Observer observer, Places places, String code, LocationLevel level) {
        return places.location(code).filter(place -> place.level() == level && observer.covers(place));
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

    private Step refused() {
        return Step.say(Reply.of(both(InvitationPhrases.NOT_IN_DISTRICTS)));
    }

    private Step stale() {
        return Step.say(Reply.of(both(InvitationPhrases.STALE_BUTTON)));
    }
}
