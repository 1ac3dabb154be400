package org.samvad.bench;

import java.util.ArrayList;
import java.util.List;
import org.samvad.bot.conversation.Assets;
import org.samvad.bot.conversation.Conversation;
import org.samvad.bot.conversation.ConversationEngine;
import org.samvad.bot.conversation.Input;
import org.samvad.bot.conversation.Outcome;
import org.samvad.bot.conversation.Reply;

/**
 * A Hindi-speaking worker's way through the {@link SampleQuestionnaire}: {@code start} is
 * the conversation at the first question, {@code inputs} the {@value #LENGTH} inputs that
 * take it to the end. Half are typed (हाँ, १२, an option's label, नहीं, a nomination, free
 * text), half are button presses (yes, a rating, two ticks, done, confirm).
 *
 * <p>Both are found by driving the engine from {@link Conversation#empty()}, admitted
 * without a booth so that the worker chooses theirs, pressing
 * buttons by their label as a worker would, so the walk follows the engine when its state
 * or its button data change shape. Every input must move the conversation on: a walk the
 * engine no longer understands fails here instead of measuring re-prompts.
 */
record Walk(Conversation start, List<Input> inputs) {

    static final int LENGTH = 12;

    private static final List<Step> REGISTRATION = List.of(shown -> new Input.Admitted(null, null), typed("हिंदी"), typed("सीता देवी"), typed("कैमूर"),
            typed("२०५"), typed("2"));

    private static final List<Step> ANSWERS = List.of(typed("हाँ"), typed("१२"), typed("जन-संपर्क"), press("हाँ"),
            press("4"), press("महिलाएँ"), press("पिछड़ा वर्ग"), press("हो गया"), typed("नहीं"),
            typed("रमेश कुमार, 98765 43210"), typed("सड़क की मरम्मत और एक हैंडपंप चाहिए।"), press("पुष्टि करें"));

    Walk {
        inputs = List.copyOf(inputs);
    }

    /**
     * Registers a worker and answers the questionnaire through the engine.
     *
     * @throws IllegalStateException when the engine does not take a step of the walk
     */
    static Walk through(ConversationEngine engine, Assets assets) {
        Outcome registered = drive(engine, assets, new Outcome(Conversation.empty(), List.of()), REGISTRATION,
                new ArrayList<>());
        require(registered.conversation().stage() == Conversation.Stage.QUESTION,
                "registration ended at " + registered.conversation().stage());
        List<Input> inputs = new ArrayList<>();
        Outcome finished = drive(engine, assets, registered, ANSWERS, inputs);
        require(finished.conversation().stage() == Conversation.Stage.FINISHED,
                "the answers ended at " + finished.conversation().stage());
        require(inputs.size() == LENGTH, "the walk has " + inputs.size() + " inputs, not " + LENGTH);
        return new Walk(registered.conversation(), inputs);
    }

    private static Outcome drive(ConversationEngine engine, Assets assets, Outcome from, List<Step> steps,
            List<Input> inputs) {
        Outcome outcome = from;
        for (Step step : steps) {
            Input input = step.input(outcome.replies());
            Outcome next = engine.handle(outcome.conversation(), input, assets);
            require(!next.conversation().equals(outcome.conversation()),
                    "the engine did not take " + input + "; it replied " + next.replies());
            inputs.add(input);
            outcome = next;
        }
        return outcome;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Walk through the sample questionnaire broke: " + problem);
        }
    }

    private static Step typed(String text) {
        return shown -> new Input.Typed(text);
    }

    /** A press on the one button, among those last shown, whose label contains this text. */
    private static Step press(String label) {
        return shown -> {
            List<Reply.Button> matching = shown.stream().flatMap(r -> r.buttons().stream())
                    .flatMap(List::stream).filter(b -> b.label().contains(label)).toList();
            require(matching.size() == 1, "no single button '" + label + "' in " + shown);
            return new Input.Press(matching.get(0).data());
        };
    }

    /** One thing the worker does, given the replies on their screen. */
    private interface Step {
        Input input(List<Reply> shown);
    }
}
