package org.samvad.bot.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samvad.bot.campaign.SurveyDialog.Step;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.Text;
import org.samvad.db.campaign.Preflight;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.observer.Observer;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;

class SurveyDialogTest {

    private static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");
    private static final String NOT_YOURS = "क्षमा करें, यह स्थान आपके जिलों में नहीं है। कोई सर्वेक्षण शुरू नहीं किया गया।";
    private static final String STALE = "वह बटन किसी पिछले संदेश का है। फिर से शुरू करने के लिए /survey भेजें।";

    private final TestCatalogue catalogue = new TestCatalogue();
    private final SurveyDialog dialog = new SurveyDialog();
    private final Observer kaimur = Observer.appoint(77, "Observer", List.of(catalogue.find("BR-KAI")), NOW);
    private final Observer twoDistricts = Observer.appoint(78, "Observer",
            List.of(catalogue.find("BR-KAI"), catalogue.find("BR-BUX")), NOW);

    @Test
    void surveyOffersThePublishedQuestionnaires() {
        Reply reply = single(dialog.handle(kaimur, catalogue, new Input.Command("survey")));

        assertThat(reply.text()).startsWith("कार्यकर्ताओं से कौन-सी प्रश्नावली पूछी जाए?")
                .endsWith("Which questionnaire should the workers be asked?");
        assertThat(data(reply)).containsExactly("srv:q:5");
        assertThat(reply.buttons().get(0).get(0).label()).isEqualTo("संगठन सृजन / Sangathan srijan");
    }

    @Test
    void withOneDistrictAQuestionnaireOpensItsAssembliesAndAllOfIt() {
        Reply reply = single(dialog.handle(kaimur, catalogue, new Input.Press("srv:q:5")));

        assertThat(reply.text()).startsWith("कैमूर: वहाँ के सभी कार्यकर्ताओं से पूछें");
        assertThat(data(reply)).containsExactly("srv:p:5:BR-KAI", "srv:s:5:BR-KAI-203:0", "srv:s:5:BR-KAI-205:0");
        assertThat(reply.buttons().get(0).get(0).label()).isEqualTo("✅ पूरा कैमूर / ✅ All of Kaimur");
        assertThat(reply.replacesPressed()).isTrue();
    }

    @Test
    void withSeveralDistrictsTheDistrictComesFirst() {
        Reply reply = single(dialog.handle(twoDistricts, catalogue, new Input.Press("srv:q:5")));

        assertThat(data(reply)).containsExactly("srv:s:5:BR-KAI:0", "srv:s:5:BR-BUX:0");
    }

    @Test
    void anAssemblyOffersItsBoothsWhichAreChosenDirectly() {
        Reply reply = single(dialog.handle(kaimur, catalogue, new Input.Press("srv:s:5:BR-KAI-203:0")));

        assertThat(data(reply)).containsExactly("srv:p:5:BR-KAI-203", "srv:p:5:BR-KAI-203-001",
                "srv:p:5:BR-KAI-203-002", "srv:p:5:BR-KAI-203-003");
    }

    @Test
    void choosingAScopeShowsTheWorkersAndTheEstimatedCompletionWithConfirmAndCancel() {
        Reply reply = single(dialog.handle(kaimur, catalogue, new Input.Press("srv:p:5:BR-KAI-203")));

        assertThat(reply.text()).contains("आमंत्रित होने वाले कार्यकर्ता: 120").contains("Workers to invite: 120")
                .contains("At 30 messages a second the last invitation should go out by 25-11-2026 10:34 IST")
                .contains("Area: Ramgarh");
        assertThat(data(reply)).containsExactly("srv:c:5:BR-KAI-203", "srv:x");
    }

    @Test
    void aScopeWithoutWorkersOffersNoConfirmation() {
        catalogue.workers = 0;
        Reply reply = single(dialog.handle(kaimur, catalogue, new Input.Press("srv:p:5:BR-KAI-205")));

        assertThat(reply.text()).contains("No worker is registered in Bhabua yet");
        assertThat(reply.buttons()).isEmpty();
    }

    @Test
    void confirmingAsksForTheCampaign() {
        Step step = dialog.handle(kaimur, catalogue, new Input.Press("srv:c:5:BR-KAI-205-002"));

        assertThat(step.replies()).isEmpty();
        assertThat(step.launch()).hasValueSatisfying(launch -> {
            assertThat(launch.questionnaire().id()).isEqualTo(5L);
            assertThat(launch.scope().code()).isEqualTo("BR-KAI-205-002");
        });
    }

    @Test
    void aPlaceOutsideTheObserversDistrictsIsRefusedAtEveryStep() {
        for (String data : List.of("srv:c:5:BR-BUX-199", "srv:p:5:BR-BUX", "srv:s:5:BR-BUX-199:0", "srv:c:5:BR",
                "srv:c:5:BR-NOPE")) {
            Step step = dialog.handle(kaimur, catalogue, new Input.Press(data));
            assertThat(step.launch()).as(data).isEmpty();
            assertThat(single(step).text()).as(data).startsWith(NOT_YOURS);
        }
    }

    @Test
    void forgedOrOldButtonsStartNothing() {
        for (String data : List.of("srv:", "srv:c", "srv:c:x:BR-KAI", "srv:z:5:BR-KAI", "srv:c:5:BR-KAI:1",
                "srv:s:5:BR-KAI:99", "srv:s:5:BR-KAI:-1", "srv:q:99999999999999999999")) {
            Step step = dialog.handle(kaimur, catalogue, new Input.Press(data));
            assertThat(step.launch()).as(data).isEmpty();
            assertThat(single(step).text()).as(data).startsWith(STALE);
        }
        Step unpublished = dialog.handle(kaimur, catalogue, new Input.Press("srv:c:6:BR-KAI"));
        assertThat(unpublished.launch()).isEmpty();
        assertThat(single(unpublished).text()).contains("no longer published");
    }

    @Test
    void aRevokedObserverStartsNothing() {
        kaimur.revoke(NOW);
        Step step = dialog.handle(kaimur, catalogue, new Input.Press("srv:c:5:BR-KAI"));

        assertThat(step.launch()).isEmpty();
        assertThat(single(step).text()).contains("no longer an observer");
    }

    @Test
    void cancellingSaysNothingStarted() {
        Reply reply = single(dialog.handle(kaimur, catalogue, new Input.Press("srv:x")));
        assertThat(reply.text()).endsWith("No survey was started.");
    }

    private static Reply single(Step step) {
        assertThat(step.replies()).hasSize(1);
        return step.replies().get(0);
    }

    private static List<String> data(Reply reply) {
        return reply.buttons().stream().flatMap(List::stream).map(Reply.Button::data).toList();
    }

    private static final class TestCatalogue implements SurveyDialog.Catalogue {

        private final List<Location> all = new ArrayList<>();
        private final Questionnaire published = questionnaire(5, QuestionnaireStatus.PUBLISHED);
        long workers = 120;

        TestCatalogue() {
            all.add(new Location("BR", LocationLevel.STATE, null, "BR", null, null, null, "Bihar", "बिहार"));
            district("BR-KAI", "Kaimur", "कैमूर");
            district("BR-BUX", "Buxar", "बक्सर");
            assembly("BR-KAI", "BR-KAI-203", 203, "Ramgarh", "रामगढ़", 3);
            assembly("BR-KAI", "BR-KAI-205", 205, "Bhabua", "भभुआ", 2);
            assembly("BR-BUX", "BR-BUX-199", 199, "Buxar", "बक्सर", 1);
        }

        Location find(String code) {
            return location(code).orElseThrow();
        }

        @Override
        public Optional<Location> location(String code) {
            return all.stream().filter(l -> l.code().equals(code)).findFirst();
        }

        @Override
        public List<Location> childrenWithBooths(String code) {
            return all.stream().filter(l -> code.equals(l.parentCode())).toList();
        }

        @Override
        public List<Questionnaire> published() {
            return List.of(published);
        }

        @Override
        public Optional<Questionnaire> published(long id) {
            return Optional.of(published).filter(q -> q.id() == id);
        }

        @Override
        public Preflight preflight(Location scope) {
            return new Preflight(workers, 30, 0, Instant.parse("2026-11-25T05:04:00Z"));
        }

        private static Questionnaire questionnaire(long id, QuestionnaireStatus status) {
            Text text = new Text("Sangathan srijan", "संगठन सृजन");
            return new Questionnaire(id, "sangathan-srijan", (int) id - 4, status, text, text, text, null, NOW, NOW,
                    null, List.of());
        }

        private void district(String code, String en, String hi) {
            all.add(new Location(code, LocationLevel.DISTRICT, "BR", "BR", code, null, null, en, hi));
        }

        private void assembly(String district, String code, int number, String en, String hi, int booths) {
            all.add(new Location(code, LocationLevel.ASSEMBLY, district, "BR", district, code, number, en, hi));
            for (int n = 1; n <= booths; n++) {
                all.add(new Location("%s-%03d".formatted(code, n), LocationLevel.BOOTH, code, "BR", district, code, n,
                        "Booth " + n + ", " + en, "बूथ " + n + ", " + hi));
            }
        }
    }
}
