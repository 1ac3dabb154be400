package org.samvad.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.samvad.bot.conversation.Assets;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.ConversationEngine;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Outcome;

/**
 * Conversation engine transitions: one operation is one {@link ConversationEngine#handle}
 * call, so JMH's throughput is transitions per second. {@link #questionnaire} is the
 * realistic mix (a worker's {@link Walk}, each outcome feeding the next input);
 * {@link #sticker} is the cheapest transition, a re-prompt that leaves the state as it is.
 */
@State(Scope.Thread)
public class EngineBenchmark {

    private static final Input STICKER = new Input.Unreadable("sticker");

    private final ConversationEngine engine = new ConversationEngine();
    private final Assets assets = new BenchAssets();
    private Walk walk;

    @Setup
    public void prepare() {
        walk = Walk.through(engine, assets);
    }

    @Benchmark
    @OperationsPerInvocation(Walk.LENGTH)
    public Conversation questionnaire(Blackhole replies) {
        Conversation conversation = walk.start();
        for (Input input : walk.inputs()) {
            Outcome outcome = engine.handle(conversation, input, assets);
            replies.consume(outcome.replies());
            conversation = outcome.conversation();
        }
        return conversation;
    }

    @Benchmark
    public Outcome sticker() {
        return engine.handle(walk.start(), STICKER, assets);
    }
}
