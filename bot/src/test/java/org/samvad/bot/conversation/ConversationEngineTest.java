package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samvad.bot.conversation.Conversation.Stage;
import org.samvad.db.Language;
import org.samvad.db.run.RunStatus;

class ConversationEngineTest {

    private final ConversationEngine engine = new ConversationEngine();
    private final TestAssets assets = new TestAssets(true);

    @Test
    void greetsAnAdmittedNewcomerInBothLanguagesWithLanguageButtons() {
        Outcome outcome = engine.handle(admitted(), new Input.Command("start"), assets);

        assertThat(outcome.conversation().stage()).isEqualTo(Stage.LANGUAGE);
        Reply reply = outcome.replies().get(0);
        assertThat(reply.text()).contains("नमस्ते").contains("Welcome");
        assertThat(reply.buttons().get(0)).extracting(Reply.Button::data).containsExactly("lang:hi", "lang:en");
    }

    @Test
    void registersByButtonsSkippingTheOnlyStateAndStartsTheQuestionnaire() {
        Outcome outcome = run(admitted(),
                new Input.Press("lang:en"), new Input.Typed("Sita Devi"));
        assertThat(outcome.conversation().locationCode()).isEqualTo("BR");
        assertThat(outcome.replies().get(0).text()).startsWith("Choose your district");
        assertThat(outcome.replies().get(0).buttons().get(0)).extracting(Reply.Button::data)
                .containsExactly("loc:BR-BUX", "loc:BR-KAI");

        outcome = run(outcome.conversation(), new Input.Press("loc:BR-KAI"), new Input.Press("loc:BR-KAI-205"),
                new Input.Press("loc:BR-KAI-205-002"));

        Conversation conversation = outcome.conversation();
        assertThat(conversation.registered()).isTrue();
        assertThat(conversation.locationCode()).isEqualTo("BR-KAI-205-002");
        assertThat(conversation.stage()).isEqualTo(Stage.QUESTION);
        assertThat(outcome.replies()).extracting(Reply::text)
                .containsExactly("Thank you, Sita Devi. You are registered at Booth 2, Bhabua.", "Intro",
                        "Question 1 of 4\nIs it active?\n\nPress a button, or type yes or no.");
    }

    @Test
    void registersByTypingDevanagariNamesAndNumbers() {
        Outcome outcome = run(admitted(), new Input.Typed("हिंदी"), new Input.Typed("रमेश कुमार"),
                new Input.Typed("कैमूर"), new Input.Typed("२०३"), new Input.Typed("3"));

        assertThat(outcome.conversation().language()).isEqualTo(Language.HI);
        assertThat(outcome.conversation().locationCode()).isEqualTo("BR-KAI-203-003");
        assertThat(outcome.replies().get(0).text()).isEqualTo("धन्यवाद, रमेश कुमार। आप बूथ 3, रामगढ़ पर पंजीकृत हैं।");
        assertThat(outcome.replies().get(2).text()).startsWith("प्रश्न 1/4\nसक्रिय है?");
    }

    @Test
    void answersEveryQuestionTypeByTypingAndCompletes() {
        Conversation registered = registeredInHindi();
        Outcome outcome = run(registered, new Input.Typed("हाँ"), new Input.Typed("१२"), new Input.Typed("जन-संपर्क"),
                new Input.Typed("सड़क की मरम्मत चाहिए।"));
        assertThat(outcome.conversation().stage()).isEqualTo(Stage.REVIEW);
        assertThat(outcome.replies().get(0).text()).isEqualTo("""
                कृपया अपने उत्तर जाँच लें:
                1. सक्रिय है?
                   → हाँ
                2. कितने?
                   → 12
                3. कौन सा प्रशिक्षण?
                   → जन-संपर्क
                4. सुझाव?
                   → सड़क की मरम्मत चाहिए।

                'पुष्टि करें' दबाएं, या 'कोई उत्तर बदलें'।""");

        outcome = engine.handle(outcome.conversation(), new Input.Press("confirm"), assets);

        Survey survey = outcome.conversation().survey();
        assertThat(survey.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(survey.answers()).isEqualTo(Map.of(
                "committee_active", new AnswerValue.Choice("yes"),
                "active_workers", new AnswerValue.Number(12),
                "training_needed", new AnswerValue.Choice("public_contact"),
                "suggestion", new AnswerValue.Text("सड़क की मरम्मत चाहिए।")));
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly("धन्यवाद");
    }

    @Test
    void answersByButtonsAndOptionNumbers() {
        Outcome outcome = run(registeredInHindi(), new Input.Press("ans:0:no"), new Input.Typed("0"),
                new Input.Typed("1"));

        assertThat(outcome.conversation().survey().answers()).containsEntry("committee_active",
                new AnswerValue.Choice("no")).containsEntry("training_needed",
                new AnswerValue.Choice("booth_management"));
        assertThat(outcome.conversation().survey().position()).isEqualTo(3);
    }

    @Test
    void asksAgainKindlyInTheWorkersLanguageWhenAnAnswerDoesNotFit() {
        Conversation atNumber = run(registeredInHindi(), new Input.Typed("haan")).conversation();

        Outcome outcome = engine.handle(atNumber, new Input.Typed("बहुत सारे"), assets);

        assertThat(outcome.conversation()).isEqualTo(atNumber);
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly("क्षमा करें, यह उत्तर समझ नहीं आया।",
                "प्रश्न 2/4\nकितने?\n\n0 से 1000 तक की संख्या लिखें, जैसे 12।");
    }

    @Test
    void rejectsANumberOutsideItsRange() {
        Conversation atNumber = run(registeredInHindi(), new Input.Typed("yes")).conversation();

        assertThat(engine.handle(atNumber, new Input.Typed("5000"), assets).conversation()).isEqualTo(atNumber);
    }

    @Test
    void rejectsTextLongerThanTheQuestionAllows() {
        Conversation atText = run(registeredInHindi(), new Input.Typed("yes"), new Input.Typed("4"),
                new Input.Typed("2")).conversation();

        Outcome outcome = engine.handle(atText, new Input.Typed("क".repeat(5000)), assets);

        assertThat(outcome.conversation()).isEqualTo(atText);
        assertThat(outcome.replies().get(0).text()).isEqualTo("आपके उत्तर में 5000 अक्षर हैं; कृपया इसे 200 अक्षरों के भीतर रखें।");
    }

    @Test
    void repromptsAStickerInTheWorkersLanguage() {
        Conversation registered = registeredInHindi();

        Outcome outcome = engine.handle(registered, new Input.Unreadable("sticker"), assets);

        assertThat(outcome.conversation()).isEqualTo(registered);
        assertThat(outcome.replies()).extracting(Reply::text).containsExactly(
                "मैं केवल लिखा हुआ संदेश और बटन पढ़ सकता हूँ, यह संदेश नहीं।",
                "प्रश्न 1/4\nसक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।");
    }

    @Test
    void ignoresAButtonFromAnEarlierQuestion() {
        Conversation atNumber = run(registeredInHindi(), new Input.Press("ans:0:yes")).conversation();

        Outcome outcome = engine.handle(atNumber, new Input.Press("ans:0:no"), assets);

        assertThat(outcome.conversation()).isEqualTo(atNumber);
        assertThat(outcome.replies().get(0).text()).isEqualTo("वह बटन किसी पिछले संदेश का है।");
    }

    @Test
    void resumesWhereWorkerLeftOffOnStart() {
        Conversation atChoice = run(registeredInHindi(), new Input.Typed("yes"), new Input.Typed("4")).conversation();

        Outcome outcome = engine.handle(atChoice, new Input.Command("start"), assets);

        assertThat(outcome.conversation()).isEqualTo(atChoice);
        assertThat(outcome.replies().get(1).text()).startsWith("प्रश्न 3/4");
        assertThat(outcome.replies().get(1).buttons()).hasSize(2);
    }

    @Test
    void switchesLanguageMidQuestionnaireWithoutLosingAnswers() {
        Conversation atChoice = run(registeredInHindi(), new Input.Typed("yes"), new Input.Typed("4")).conversation();

        Outcome outcome = run(atChoice, new Input.Command("lang"), new Input.Press("lang:en"));

        assertThat(outcome.conversation().survey()).isEqualTo(atChoice.survey());
        assertThat(outcome.replies().get(0).text()).startsWith("Question 3 of 4\nWhich training?");
    }

    @Test
    void saysSoWhenNoQuestionnaireIsOpen() {
        Outcome outcome = run(new TestAssets(false), admitted(), new Input.Press("lang:en"),
                new Input.Typed("Sita"), new Input.Typed("Kaimur"), new Input.Typed("205"), new Input.Typed("1"));

        assertThat(outcome.conversation().stage()).isEqualTo(Stage.NO_SURVEY);
        assertThat(outcome.replies()).extracting(Reply::text).last().asString().startsWith("There is no questionnaire");
    }

    @Test
    void refusesANameWithoutLetters() {
        Conversation named = run(admitted(), new Input.Press("lang:en")).conversation();

        Outcome outcome = engine.handle(named, new Input.Typed("12345"), assets);

        assertThat(outcome.conversation().name()).isNull();
        assertThat(outcome.replies().get(0).text()).startsWith("Please type your name in letters");
    }

    @Test
    void saysWhatItCouldNotFindAmongLocations() {
        Conversation atDistrict = run(admitted(), new Input.Press("lang:en"), new Input.Typed("Sita"))
                .conversation();

        Outcome outcome = engine.handle(atDistrict, new Input.Typed("Patna"), assets);

        assertThat(outcome.conversation()).isEqualTo(atDistrict);
        assertThat(outcome.replies()).extracting(Reply::text)
                .containsExactly("I could not find \"Patna\" here.",
                        "Choose your district (जिला): press a button or type its name.");
    }

    @Test
    void finishedWorkerIsThankedAgain() {
        Conversation done = run(registeredInHindi(), new Input.Typed("no"), new Input.Typed("0"), new Input.Typed("1"),
                new Input.Typed("कुछ नहीं"), new Input.Typed("हाँ")).conversation();

        Outcome outcome = engine.handle(done, new Input.Typed("hello"), assets);

        assertThat(outcome.conversation()).isEqualTo(done);
        assertThat(outcome.replies().get(0).text()).startsWith("आपने सभी प्रश्नों के उत्तर दे दिए हैं");
    }

    /** A worker admitted without a place, who chooses their booth. */
    private Conversation admitted() {
        return engine.handle(Conversation.empty(), new Input.Admitted(null, null), assets).conversation();
    }

    private Conversation registeredInHindi() {
        return run(admitted(), new Input.Press("lang:hi"), new Input.Typed("रमेश"),
                new Input.Press("loc:BR-KAI"), new Input.Press("loc:BR-KAI-203"), new Input.Press("loc:BR-KAI-203-001"))
                .conversation();
    }

    private Outcome run(Conversation start, Input... inputs) {
        return run(assets, start, inputs);
    }

    private Outcome run(Assets with, Conversation start, Input... inputs) {
        Outcome outcome = new Outcome(start, List.of());
        for (Input input : inputs) {
            outcome = engine.handle(outcome.conversation(), input, with);
        }
        return outcome;
    }
}
