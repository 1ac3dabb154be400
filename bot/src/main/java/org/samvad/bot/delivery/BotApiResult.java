package org.samvad.bot.delivery;

/**
 * What Telegram answered to one request, as delivery needs it. Descriptions are
 * Telegram's and are kept out of logs anyway.
 *
 * @param status HTTP status, or 0 when no answer came (timeout, dropped connection)
 * @param retryAfter seconds to wait, from a 429's {@code parameters.retry_after}; 0 otherwise
 * @param description Telegram's description of an error, or the exception class when no answer came
 */
record BotApiResult(int status, int retryAfter, String description) {

    static BotApiResult noAnswer(Exception e) {
        return new BotApiResult(0, 0, e.getClass().getSimpleName());
    }

    boolean ok() {
        return status == 200;
    }

    boolean throttled() {
        return status == 429;
    }

    boolean forbidden() {
        return status == 403;
    }

    /** Worth trying again later: no answer, or a server error. */
    boolean transientFailure() {
        return status == 0 || status >= 500;
    }

    /** The short form kept in {@code last_error}. */
    String error() {
        return status == 0 ? "no answer: " + description : "http " + status;
    }
}
