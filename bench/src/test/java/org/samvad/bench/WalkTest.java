package org.samvad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.ConversationEngine;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Outcome;

/** Keeps the benchmark honest in the normal build: it must measure real transitions, in milliseconds here. */
class WalkTest {

    private final ConversationEngine engine = new ConversationEngine();
    private final BenchAssets assets = new BenchAssets();

    @Test
    void replaysFromTheFirstQuestionToAConfirmedQuestionnaire() {
        Walk walk = Walk.through(engine, assets);

        Conversation conversation = walk.start();
        for (Input input : walk.inputs()) {
            conversation = engine.handle(conversation, input, assets).conversation();
        }

        assertThat(walk.inputs()).hasSize(Walk.LENGTH);
        assertThat(walk.start().stage()).isEqualTo(Conversation.Stage.QUESTION);
        assertThat(conversation.stage()).isEqualTo(Conversation.Stage.FINISHED);
        assertThat(conversation.survey().answers()).hasSize(9);
    }

    @Test
    void stickerBaselineRepromptsWithoutMovingTheConversation() {
        Walk walk = Walk.through(engine, assets);

        Outcome outcome = engine.handle(walk.start(), new Input.Unreadable("sticker"), assets);

        assertThat(outcome.conversation()).isEqualTo(walk.start());
        assertThat(outcome.replies()).hasSize(2);
    }

    @Test
    void medianIsTheMiddleScoreOrTheMeanOfTheMiddleTwo() {
        assertThat(new Scores(5, 1, 3).median()).isEqualTo(3);
        assertThat(new Scores(4, 1, 3, 100).median()).isEqualTo(3.5);
    }
}
