package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samvad.bot.conversation.Conversation.Stage;
import org.samvad.db.worker.Profile;

/** The optional profile behind {@code /profile}: buttons, typed words in three scripts, skipping, resuming. */
class ProfileTest {

    private final ConversationEngine engine = new ConversationEngine();
    private final TestAssets assets = new TestAssets(true);

    @Test
    void asksTheFourQuestionsWithSkipButtonsAndResumesTheQuestionnaire() {
        Outcome outcome = engine.handle(registeredInHindi(), new Input.Command("profile"), assets);

        assertThat(outcome.conversation().stage()).isEqualTo(Stage.PROFILE);
        assertThat(outcome.replies().get(0).text()).startsWith("आपके बारे में कुछ वैकल्पिक प्रश्न");
        Reply age = outcome.replies().get(1);
        assertThat(age.text()).isEqualTo("आपकी उम्र क्या है? बटन दबाएं या अपनी उम्र लिखें।");
        assertThat(age.buttons()).flatExtracting(row -> row).extracting(Reply.Button::data)
                .containsExactly("prof:0:18-35", "prof:0:36-50", "prof:0:51+", "prof:0:skip");
        assertThat(age.buttons().get(1)).extracting(Reply.Button::label).containsExactly("छोड़ें ⏭");

        outcome = run(outcome.conversation(), new Input.Press("prof:0:18-35"), new Input.Press("prof:1:FEMALE"),
                new Input.Press("prof:2:skip"), new Input.Press("prof:3:yes"));

        assertThat(outcome.conversation().profile()).isEqualTo(new Profile("18-35", "FEMALE", null, true));
        assertThat(outcome.conversation().stage()).isEqualTo(Stage.QUESTION);
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly(
                "धन्यवाद! यह सहेज लिया गया है और केवल कुल संख्या में गिना जाएगा। बदलने के लिए कभी भी /profile भेजें।",
                "प्रश्न 1/4\nसक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।");
    }

    @Test
    void understandsTypedAgesAndWordsInDevanagariRomanAndEnglish() {
        assertThat(typed("२८", "mahila", "अन्य पिछड़ा वर्ग", "नहीं")).isEqualTo(new Profile("18-35", "FEMALE", "OBC",
                false));
        assertThat(typed("42 saal", "पुरुष", "sc", "haan")).isEqualTo(new Profile("36-50", "MALE", "SC", true));
        assertThat(typed("sixty", "other", "4", "no")).isEqualTo(new Profile("51+", "OTHER", "GENERAL", false));
        assertThat(typed("1", "2", "adivasi", "2")).isEqualTo(new Profile("18-35", "MALE", "ST", false));
        assertThat(typed("chhodo", "skip", "छोड़ें", "nahi batana")).isEqualTo(Profile.UNTOLD);
    }

    @Test
    void asksAgainForAnAnswerItCannotReadAndRefusesStaleButtons() {
        Conversation asking = engine.handle(registeredInHindi(), new Input.Command("profile"), assets).conversation();

        Outcome young = engine.handle(asking, new Input.Typed("12"), assets);
        assertThat(young.conversation().profileStep()).isZero();
        assertThat(young.replies()).extracting(Reply::text).containsExactly(
                "कृपया अपनी उम्र वर्षों में लिखें (18 या अधिक), बटन दबाएं, या 'छोड़ें' दबाएं।",
                "आपकी उम्र क्या है? बटन दबाएं या अपनी उम्र लिखें।");

        Outcome stale = engine.handle(asking, new Input.Press("prof:2:SC"), assets);
        assertThat(stale.conversation()).isEqualTo(asking);
        assertThat(stale.replies().get(0).text()).isEqualTo("वह बटन किसी पिछले संदेश का है।");

        Outcome sticker = engine.handle(asking, new Input.Unreadable("sticker"), assets);
        assertThat(sticker.replies().get(1).text()).startsWith("आपकी उम्र क्या है?");
    }

    @Test
    void skipsByCommandAndLeavesTheProfileForOtherCommands() {
        Conversation asking = engine.handle(registeredInHindi(), new Input.Command("profile"), assets).conversation();

        Outcome skipped = engine.handle(asking, new Input.Command("skip"), assets);
        assertThat(skipped.conversation().profileStep()).isEqualTo(1);

        Outcome status = engine.handle(skipped.conversation(), new Input.Command("status"), assets);
        assertThat(status.conversation().profileStep()).isNull();
        assertThat(status.conversation().stage()).isEqualTo(Stage.QUESTION);
    }

    @Test
    void isNotOfferedBeforeRegistration() {
        Conversation admitted = engine.handle(Conversation.empty(), new Input.Admitted(null, null), assets)
                .conversation();
        Outcome outcome = engine.handle(admitted, new Input.Command("profile"), assets);

        assertThat(outcome.conversation().profileStep()).isNull();
        assertThat(outcome.conversation().stage()).isEqualTo(Stage.LANGUAGE);
    }

    @Test
    void keepsTheProfileWhileAnsweringAndAfterAReminder() {
        Outcome told = run(registeredInHindi(), new Input.Command("profile"), new Input.Press("prof:0:51+"));
        Outcome reminded = engine.handle(told.conversation(), new Input.Reminder(), assets);

        assertThat(reminded.conversation().profileStep()).isNull();
        assertThat(reminded.conversation().profile().ageBand()).isEqualTo("51+");
        assertThat(reminded.replies()).isNotEmpty();
    }

    private Profile typed(String age, String gender, String category, String minority) {
        return run(registeredInHindi(), new Input.Command("profile"), new Input.Typed(age), new Input.Typed(gender),
                new Input.Typed(category), new Input.Typed(minority)).conversation().profile();
    }

    private Conversation registeredInHindi() {
        Conversation admitted = engine.handle(Conversation.empty(), new Input.Admitted(null, null), assets)
                .conversation();
        return run(admitted, new Input.Press("lang:hi"), new Input.Typed("रमेश"), new Input.Press("loc:BR-KAI"),
                new Input.Press("loc:BR-KAI-203"), new Input.Press("loc:BR-KAI-203-001")).conversation();
    }

    private Outcome run(Conversation start, Input... inputs) {
        Outcome outcome = new Outcome(start, List.of());
        for (Input input : inputs) {
            outcome = engine.handle(outcome.conversation(), input, assets);
        }
        return outcome;
    }
}
