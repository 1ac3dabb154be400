package org.samvad.bot.observer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.samvad.bot.observer.InvitationDialog.Kind;
import org.samvad.bot.observer.InvitationDialog.Step;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.observer.Observer;

class InvitationDialogTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final String NOT_YOURS = "क्षमा करें, यह स्थान आपके जिलों में नहीं है। कोई लिंक नहीं बनाया गया।";
    private static final String STALE = "वह बटन किसी पिछले संदेश का है। नया लिंक बनाने के लिए /invite भेजें।";

    private final TestPlaces places = new TestPlaces();
    private final InvitationDialog dialog = new InvitationDialog();
    private final Observer kaimur = Observer.appoint(77, "Observer", List.of(places.find("BR-KAI")), NOW);

    @Test
    void inviteOffersTheAssembliesOfTheObserversDistrictsInBothLanguages() {
        Reply reply = single(dialog.handle(kaimur, places, new Input.Command("invite")));

        assertThat(reply.text()).isEqualTo("आमंत्रण लिंक किस बूथ के लिए है? विधानसभा क्षेत्र चुनें।\n"
                + "Which booth is the invitation link for? Choose the assembly constituency.");
        assertThat(data(reply)).containsExactly("inv:a:BR-KAI-203:0", "inv:a:BR-KAI-205:0");
        assertThat(reply.buttons().get(0).get(0).label()).isEqualTo("203 · रामगढ़ / Ramgarh");
        assertThat(reply.replacesPressed()).isFalse();
    }

    @Test
    void anAssemblyPressOffersItsBoothsInPlaceWithAWayBack() {
        Reply reply = single(dialog.handle(kaimur, places, new Input.Press("inv:a:BR-KAI-203:0")));

        assertThat(reply.text()).isEqualTo("रामगढ़: बूथ चुनें।\nRamgarh: choose the booth.");
        assertThat(data(reply)).containsExactly("inv:b:BR-KAI-203-001", "inv:b:BR-KAI-203-002",
                "inv:b:BR-KAI-203-003", "inv:l:0");
        assertThat(reply.replacesPressed()).isTrue();
    }

    @Test
    void aBoothPressOffersTheTwoKindsOfLink() {
        Reply reply = single(dialog.handle(kaimur, places, new Input.Press("inv:b:BR-KAI-203-002")));

        assertThat(reply.text()).startsWith("बूथ 2, रामगढ़: कौन-सा आमंत्रण लिंक?");
        assertThat(reply.buttons()).extracting(row -> row.get(0).label())
                .containsExactly("पूरे बूथ के लिए लिंक / Link for the whole booth",
                        "एक कार्यकर्ता के लिए लिंक / Link for one worker");
        assertThat(data(reply)).containsExactly("inv:all:BR-KAI-203-002", "inv:one:BR-KAI-203-002");
    }

    @Test
    void inviteWithABoothCodeSkipsStraightToTheKinds() {
        Reply reply = single(dialog.handle(kaimur, places, new Input.Command("invite", " br-kai-205-001 ")));

        assertThat(data(reply)).containsExactly("inv:all:BR-KAI-205-001", "inv:one:BR-KAI-205-001");
        assertThat(reply.replacesPressed()).isFalse();
    }

    @Test
    void aKindPressAsksForThatInvitationAndSaysNothingYet() {
        Step whole = dialog.handle(kaimur, places, new Input.Press("inv:all:BR-KAI-203-001"));
        Step one = dialog.handle(kaimur, places, new Input.Press("inv:one:BR-KAI-205-003"));

        assertThat(whole.replies()).isEmpty();
        assertThat(whole.issue()).hasValueSatisfying(issue -> {
            assertThat(issue.booth().code()).isEqualTo("BR-KAI-203-001");
            assertThat(issue.kind()).isEqualTo(Kind.WHOLE_BOOTH);
        });
        assertThat(one.issue().orElseThrow().kind()).isEqualTo(Kind.ONE_WORKER);
    }

    @Test
    void theIssuedLinkCarriesItsExpiryInIndianTime() {
        Reply reply = dialog.issued(places.find("BR-KAI-203-002"), Kind.ONE_WORKER,
                "https://t.me/samvad_bot?start=abc", Instant.parse("2026-12-02T09:00:00Z"));

        assertThat(reply.text()).isEqualTo("""
                बूथ 2, रामगढ़ के एक कार्यकर्ता के लिए आमंत्रण लिंक (केवल एक बार), 02-12-2026 14:30 IST तक मान्य:
                Invitation link for one worker of Booth 2, Ramgarh (it admits once), valid until 02-12-2026 14:30 IST:

                https://t.me/samvad_bot?start=abc""");
    }

    @Test
    void placesOutsideTheObserversDistrictsAreRefusedAndNothingIsIssued() {
        for (Input input : List.of(new Input.Press("inv:one:BR-BUX-199-001"), new Input.Press("inv:all:BR-BUX-199-001"),
                new Input.Press("inv:b:BR-BUX-199-001"), new Input.Press("inv:a:BR-BUX-199:0"),
                new Input.Command("invite", "BR-BUX-199-001"), new Input.Command("invite", "BR-NOPE"),
                new Input.Press("inv:one:BR-KAI-203"), new Input.Press("inv:a:BR-KAI-203-001:0"),
                new Input.Press("inv:one:BR-KAI"))) {
            Step step = dialog.handle(kaimur, places, input);

            assertThat(step.issue()).as(input.toString()).isEmpty();
            assertThat(single(step).text()).as(input.toString()).startsWith(NOT_YOURS);
        }
    }

    @Test
    void malformedButtonDataIsAnEarlierMessage() {
        for (String data : List.of("inv:", "inv:x:BR-KAI-203-001", "inv:one", "inv:one:BR-KAI-203-001:extra",
                "inv:a:BR-KAI-203:9", "inv:a:BR-KAI-203:-1", "inv:l:x", "inv:l:5")) {
            Step step = dialog.handle(kaimur, places, new Input.Press(data));

            assertThat(step.issue()).as(data).isEmpty();
            assertThat(single(step).text()).as(data).startsWith(STALE);
        }
    }

    @Test
    void aRevokedObserverIsRefusedEvenForTheirOwnDistrict() {
        Observer revoked = Observer.appoint(78, "Former", List.of(places.find("BR-KAI")), NOW);
        revoked.revoke(NOW);

        Step step = dialog.handle(revoked, places, new Input.Press("inv:one:BR-KAI-203-001"));

        assertThat(step.issue()).isEmpty();
        assertThat(single(step).text()).startsWith("क्षमा करें, आप अब पर्यवेक्षक नहीं हैं।")
                .endsWith("Sorry, you are no longer an observer. No link was made.");
    }

    @Test
    void anObserverOfADistrictWithoutBoothsIsToldSo() {
        Observer buxarOnly = Observer.appoint(79, "Observer", List.of(places.find("BR-ARA")), NOW);

        assertThat(single(dialog.handle(buxarOnly, places, new Input.Command("invite"))).text())
                .isEqualTo("आपके जिलों में अभी कोई बूथ नहीं है।\nThere are no booths in your districts yet.");
    }

    @Test
    void longListsArePagedWithinTelegramsButtonLimit() {
        for (int n = 4; n <= 70; n++) {
            places.booth("BR-KAI-205", n);
        }
        Reply first = single(dialog.handle(kaimur, places, new Input.Press("inv:a:BR-KAI-205:0")));
        Reply last = single(dialog.handle(kaimur, places, new Input.Press("inv:a:BR-KAI-205:2")));

        assertThat(data(first)).hasSize(InvitationDialog.PAGE_SIZE + 2).endsWith("inv:l:0", "inv:a:BR-KAI-205:1");
        assertThat(data(last)).containsExactly("inv:b:BR-KAI-205-061", "inv:b:BR-KAI-205-062",
                "inv:b:BR-KAI-205-063", "inv:b:BR-KAI-205-064", "inv:b:BR-KAI-205-065", "inv:b:BR-KAI-205-066",
                "inv:b:BR-KAI-205-067", "inv:b:BR-KAI-205-068", "inv:b:BR-KAI-205-069", "inv:b:BR-KAI-205-070",
                "inv:l:0", "inv:a:BR-KAI-205:1");
        assertThat(data(first)).allSatisfy(d -> assertThat(d.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(64));
    }

    @Test
    void onlyInviteAndItsOwnButtonsConcernTheDialog() {
        assertThat(InvitationDialog.concerns(new Input.Command("invite"))).isTrue();
        assertThat(InvitationDialog.concerns(new Input.Press("inv:b:X"))).isTrue();
        assertThat(InvitationDialog.concerns(new Input.Command("start", "inv"))).isFalse();
        assertThat(InvitationDialog.concerns(new Input.Press("ans:0:yes"))).isFalse();
        assertThat(InvitationDialog.concerns(new Input.Typed("/invite"))).isFalse();
    }

    private static Reply single(Step step) {
        assertThat(step.replies()).hasSize(1);
        return step.replies().get(0);
    }

    private static List<String> data(Reply reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }

    /** Kaimur with Ramgarh (three booths) and Bhabua (three booths); Buxar with one booth; Araria with none. */
    private static final class TestPlaces implements InvitationDialog.Places {

        private final List<Location> all = new ArrayList<>();

        TestPlaces() {
            all.add(new Location("BR", LocationLevel.STATE, null, "BR", null, null, null, "Bihar", "बिहार"));
            district("BR-KAI", "Kaimur", "कैमूर");
            district("BR-BUX", "Buxar", "बक्सर");
            district("BR-ARA", "Araria", "अररिया");
            assembly("BR-KAI", "BR-KAI-203", 203, "Ramgarh", "रामगढ़", 3);
            assembly("BR-KAI", "BR-KAI-205", 205, "Bhabua", "भभुआ", 3);
            assembly("BR-BUX", "BR-BUX-199", 199, "Buxar", "बक्सर", 1);
        }

        Location find(String code) {
            return location(code).orElseThrow();
        }

        void booth(String assembly, int n) {
            Location a = find(assembly);
            all.add(new Location("%s-%03d".formatted(assembly, n), LocationLevel.BOOTH, assembly, "BR",
                    a.districtCode(), assembly, n, "Booth " + n + ", " + a.nameEn(), "बूथ " + n + ", " + a.nameHi()));
        }

        @Override
        public Optional<Location> location(String code) {
            return all.stream().filter(l -> l.code().equals(code)).findFirst();
        }

        @Override
        public List<Location> childrenWithBooths(String code) {
            return all.stream().filter(l -> code.equals(l.parentCode()))
                    .filter(l -> l.isBooth() || all.stream().anyMatch(b -> b.isBooth()
                            && (l.code().equals(b.assemblyCode()) || l.code().equals(b.districtCode()))))
                    .toList();
        }

        private void district(String code, String en, String hi) {
            all.add(new Location(code, LocationLevel.DISTRICT, "BR", "BR", code, null, null, en, hi));
        }

        private void assembly(String district, String code, int number, String en, String hi, int booths) {
            all.add(new Location(code, LocationLevel.ASSEMBLY, district, "BR", district, code, number, en, hi));
            for (int n = 1; n <= booths; n++) {
                booth(code, n);
            }
        }
    }
}
