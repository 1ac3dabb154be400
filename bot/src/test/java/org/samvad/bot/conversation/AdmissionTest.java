package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samvad.bot.conversation.Conversation.Stage;
import org.samvad.bot.conversation.Input.Refused.Reason;
import org.samvad.db.Language;

/** The stage before registration: invitation, roster, refusal, and nothing else gets through. */
class AdmissionTest {

    private final ConversationEngine engine = new ConversationEngine();
    private final TestAssets assets = new TestAssets(true);

    @Test
    void aStrangerHearsHowToJoinInBothLanguagesWithTheShareContactButton() {
        for (Input input : List.of(new Input.Command("start"), new Input.Typed("नमस्ते"), new Input.Press("lang:hi"),
                new Input.Press("ans:0:yes"), new Input.Unreadable("sticker"), new Input.Command("help"),
                new Input.Edit(), new Input.Command("start", "LOOKS-LIKE-A-CODE"))) {
            Outcome outcome = engine.handle(Conversation.empty(), input, assets);

            assertThat(outcome.conversation()).as("%s", input).isEqualTo(Conversation.empty());
            assertThat(outcome.replies()).as("%s", input).hasSize(1);
            Reply reply = outcome.replies().get(0);
            assertThat(reply.text()).isEqualTo("""
                    संवाद में केवल आमंत्रित कार्यकर्ता ही भाग ले सकते हैं। कृपया अपने पर्यवेक्षक से अपना आमंत्रण लिंक माँगें \
                    और उसे खोलें, या नीचे दिया बटन दबाकर अपना मोबाइल नंबर भेजें ताकि हम आपको कार्यकर्ता सूची में ढूँढ सकें।

                    Samvad is open only to invited workers. Please ask your observer for your invitation link and open \
                    it, or press the button below to share your phone number so that we can find you on the roster.""");
            assertThat(reply.keyboard()).isEqualTo(Reply.Keyboard.SHARE_CONTACT);
            assertThat(reply.buttons()).isEmpty();
        }
    }

    @Test
    void anInvitedWorkerIsAskedLanguageAndNameOnlyAndRegistersAtTheInvitationsBooth() {
        Outcome admitted = engine.handle(Conversation.empty(), new Input.Admitted("BR-KAI-203-002", null), assets);

        assertThat(admitted.conversation().stage()).isEqualTo(Stage.LANGUAGE);
        assertThat(admitted.replies()).hasSize(2);
        assertThat(admitted.replies().get(0).text()).isEqualTo("""
                आप बूथ 2, रामगढ़ पर कार्यकर्ता के रूप में संवाद से जुड़ गए हैं।
                You have joined Samvad as a worker at Booth 2, Ramgarh.""");
        assertThat(admitted.replies().get(0).keyboard()).isEqualTo(Reply.Keyboard.REMOVE);
        assertThat(admitted.replies().get(1).buttons().get(0)).extracting(Reply.Button::data)
                .containsExactly("lang:hi", "lang:en");

        Outcome named = run(admitted.conversation(), new Input.Press("lang:hi"), new Input.Typed("रमेश कुमार"));

        assertThat(named.conversation().registered()).isTrue();
        assertThat(named.conversation().locationCode()).isEqualTo("BR-KAI-203-002");
        assertThat(named.replies()).extracting(Reply::text).containsExactly(
                "धन्यवाद, रमेश कुमार। आप बूथ 2, रामगढ़ पर पंजीकृत हैं।", "परिचय",
                "प्रश्न 1/4\nसक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।");
    }

    @Test
    void aWorkerOnTheRosterIsAskedOnlyTheirLanguage() {
        Outcome outcome = run(Conversation.empty(), new Input.Admitted("BR-KAI-205-001", "Sita Devi"),
                new Input.Press("lang:en"));

        assertThat(outcome.conversation().name()).isEqualTo("Sita Devi");
        assertThat(outcome.conversation().locationCode()).isEqualTo("BR-KAI-205-001");
        assertThat(outcome.conversation().stage()).isEqualTo(Stage.QUESTION);
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly(
                "Thank you, Sita Devi. You are registered at Booth 1, Bhabua.", "Intro",
                "Question 1 of 4\nIs it active?\n\nPress a button, or type yes or no.");
    }

    @Test
    void aWorkerWhoHadChosenALanguageBeforeGoesStraightOn() {
        Conversation halfway = new Conversation(false, Language.EN, "Sita", "BR-KAI", false, null);

        Outcome outcome = engine.handle(halfway, new Input.Admitted("BR-KAI-205-003", null), assets);

        assertThat(outcome.conversation().locationCode()).isEqualTo("BR-KAI-205-003");
        assertThat(outcome.replies()).extracting(Reply::text).startsWith(
                "You have joined Samvad as a worker at Booth 3, Bhabua.",
                "Thank you, Sita. You are registered at Booth 3, Bhabua.");
    }

    @Test
    void everyRefusalHasItsOwnPoliteBilingualMessageAndChangesNothing() {
        Set<String> texts = new HashSet<>();
        for (Reason reason : Reason.values()) {
            Outcome outcome = engine.handle(Conversation.empty(), new Input.Refused(reason), assets);

            assertThat(outcome.conversation()).isEqualTo(Conversation.empty());
            Reply reply = outcome.replies().get(0);
            assertThat(reply.text()).as("%s", reason).startsWith("क्षमा करें").contains("\n\nSorry")
                    .satisfiesAnyOf(t -> assertThat(t).contains("पर्यवेक्षक"), t -> assertThat(t).contains("बटन"));
            texts.add(reply.text().lines().findFirst().orElseThrow().split("।")[0]);
            assertThat(reply.keyboard()).isEqualTo(EnumSet.of(Reason.NOT_ON_ROSTER, Reason.PHONE_TAKEN).contains(reason)
                    ? Reply.Keyboard.UNCHANGED : Reply.Keyboard.SHARE_CONTACT);
        }
        assertThat(texts).as("one message per reason").hasSize(Reason.values().length);
        assertThat(engine.handle(Conversation.empty(), new Input.Refused(Reason.EXPIRED_INVITATION), assets)
                .replies().get(0).text()).isEqualTo("""
                क्षमा करें, इस आमंत्रण लिंक की समय-सीमा समाप्त हो चुकी है। कृपया अपने पर्यवेक्षक से नया लिंक माँगें, या नीचे \
                दिया बटन दबाकर अपना मोबाइल नंबर भेजें।

                Sorry, this invitation link has expired. Please ask your observer for a new link, or press the button \
                below to share your phone number.""");
    }

    @Test
    void aWorkerRegisteredBeforeStaysWhereTheyAreWhenAdmittedAgain() {
        Conversation registered = new Conversation(false, Language.HI, "रमेश", "BR-KAI-203-001", true, null);
        assertThat(registered.admitted()).isTrue();
        Conversation answering = engine.handle(registered, new Input.Command("start"), assets).conversation();

        Outcome outcome = engine.handle(answering, new Input.Admitted("BR-KAI-205-001", "Someone Else"), assets);

        assertThat(outcome.conversation()).isEqualTo(answering);
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly(
                "प्रश्न 1/4\nसक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।");
    }

    @Test
    void aSharedContactReachingTheEngineIsNotReadAsAnAnswer() {
        Conversation answering = engine.handle(new Conversation(true, Language.EN, "Sita", "BR-KAI-205-001", true,
                null), new Input.Command("start"), assets).conversation();

        Outcome outcome = engine.handle(answering, new Input.SharedContact("9876543210", true), assets);

        assertThat(outcome.conversation()).isEqualTo(answering);
        assertThat(outcome.replies().get(0).text()).isEqualTo("I can read only text and button presses, not this message.");
        assertThat(new Input.SharedContact("9876543210", true).toString()).doesNotContain("9876543210");
        assertThat(new Input.Admitted("BR-KAI-205-001", "Sita").toString()).doesNotContain("Sita");
    }

    private Outcome run(Conversation start, Input... inputs) {
        Outcome outcome = new Outcome(start, List.of());
        for (Input input : inputs) {
            outcome = engine.handle(outcome.conversation(), input, assets);
        }
        return outcome;
    }
}
