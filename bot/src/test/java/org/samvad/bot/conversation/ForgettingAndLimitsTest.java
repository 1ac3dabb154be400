package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.run.RunStatus;

/** /forget, the rate limit's note, and button data that no button of the current message carries. */
class ForgettingAndLimitsTest {

    private final ConversationEngine engine = new ConversationEngine();
    private final TestAssets assets = new TestAssets(true);

    @Test
    void forgetAsksFirstAndKeepingChangesNothing() {
        Conversation answering = answeringInHindi(new Input.Typed("हाँ"));

        Outcome asked = engine.handle(answering, new Input.Command("forget"), assets);

        assertThat(asked.forget()).isFalse();
        assertThat(asked.conversation()).isEqualTo(answering);
        assertThat(asked.replies().get(0).text()).startsWith("क्या आप चाहते हैं कि संवाद आपको भूल जाए?");
        assertThat(asked.replies().get(0).buttons()).extracting(row -> row.get(0).data())
                .containsExactly("forget:yes", "forget:no");

        Outcome kept = engine.handle(answering, new Input.Press("forget:no"), assets);

        assertThat(kept.forget()).isFalse();
        assertThat(kept.conversation()).isEqualTo(answering);
        assertThat(kept.replies()).extracting(Reply::text).containsExactly("कुछ भी नहीं मिटाया गया।",
                "प्रश्न 2/4\nकितने?\n\n0 से 1000 तक की संख्या लिखें, जैसे 12।");
    }

    @Test
    void confirmingForgetClosesTheRunKeepingItsAnswersAndSaysGoodbye() {
        Conversation answering = answeringInHindi(new Input.Typed("हाँ"));

        Outcome forgotten = engine.handle(answering, new Input.Press("forget:yes"), assets);

        assertThat(forgotten.forget()).isTrue();
        assertThat(forgotten.conversation().survey().status()).isEqualTo(RunStatus.EXPIRED);
        assertThat(forgotten.conversation().survey().answers())
                .isEqualTo(Map.of("committee_active", new AnswerValue.Choice("yes")));
        assertThat(forgotten.replies()).extracting(Reply::text).containsExactly(
                "आपका नाम, मोबाइल नंबर और Telegram पहचान मिटा दी गई है। आपके उत्तर बिना नाम के आपके बूथ की गिनती में बने "
                        + "रहेंगे। संवाद में भाग लेने के लिए धन्यवाद। नमस्ते!");
    }

    @Test
    void aStrangerMayAskToBeForgottenToo() {
        Outcome asked = engine.handle(Conversation.empty(), new Input.Command("forget"), assets);
        Outcome forgotten = engine.handle(Conversation.empty(), new Input.Press("forget:yes"), assets);

        assertThat(asked.replies().get(0).text()).contains("\n\nDo you want Samvad to forget you?");
        assertThat(forgotten.forget()).isTrue();
        assertThat(forgotten.conversation()).isEqualTo(Conversation.empty());
    }

    @Test
    void aThrottledMessageGetsANoteInTheWorkersLanguageAndChangesNothing() {
        Conversation answering = answeringInHindi();

        Outcome outcome = engine.handle(answering, new Input.Throttled(), assets);

        assertThat(outcome.conversation()).isEqualTo(answering);
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly(
                "आप बहुत जल्दी-जल्दी संदेश भेज रहे हैं। कृपया थोड़ी देर रुकें; इस बीच भेजे गए संदेश पढ़े नहीं जाएंगे।");
    }

    @Test
    void forgedButtonDataIsRefusedAsAnEarlierMessagesAndChangesNothing() {
        Conversation atChoice = answeringInHindi(new Input.Typed("हाँ"), new Input.Typed("12"));
        for (String forged : List.of("ans:1:yes", "ans:2:no_such_option", "ans:9:booth_management",
                "tog:2:booth_management", "done:2", "loc:BR-KAI-205-001", "lang:xx", "lang:en", "edit:0", "confirm",
                "", "ans:2", "ans:-1:x", "ans:two:booth_management", "forget:maybe", "☃".repeat(64))) {
            Outcome outcome = engine.handle(atChoice, new Input.Press(forged), assets);

            assertThat(outcome.conversation()).as(forged).isEqualTo(atChoice);
            assertThat(outcome.forget()).isFalse();
            assertThat(outcome.replies().get(0).text()).as(forged).isEqualTo("वह बटन किसी पिछले संदेश का है।");
        }
    }

    @Test
    void forgedButtonDataIsRefusedWhileChoosingALanguageOrReviewing() {
        Conversation choosing = engine.handle(Conversation.empty(), new Input.Admitted("BR-KAI-203-001", null), assets)
                .conversation();
        Outcome atLanguage = engine.handle(choosing, new Input.Press("lang:fr"), assets);
        assertThat(atLanguage.conversation()).isEqualTo(choosing);
        assertThat(atLanguage.replies().get(0).text()).startsWith("वह बटन किसी पिछले संदेश का है।")
                .endsWith("That button belongs to an earlier message.");

        Conversation reviewing = answeringInHindi(new Input.Typed("हाँ"), new Input.Typed("12"), new Input.Typed("1"),
                new Input.Typed("ठीक है"));
        Outcome atReview = engine.handle(reviewing, new Input.Press("edit:99"), assets);
        assertThat(atReview.conversation()).isEqualTo(reviewing);
        assertThat(atReview.replies().get(0).text()).isEqualTo("वह बटन किसी पिछले संदेश का है।");
        assertThat(atReview.replies().get(1).text()).startsWith("कृपया अपने उत्तर जाँच लें:");
    }

    private Conversation answeringInHindi(Input... inputs) {
        Outcome outcome = engine.handle(new Conversation(true, Language.HI, "रमेश", "BR-KAI-203-001", true, null),
                new Input.Command("start"), assets);
        for (Input input : inputs) {
            outcome = engine.handle(outcome.conversation(), input, assets);
        }
        return outcome.conversation();
    }
}
