package org.samvad.bot.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.samvad.bot.TelegramProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telegram's webhook: checks the secret token in constant time, records the update and
 * answers at once; the update is processed afterwards, in its worker's order. A request
 * without the right secret is refused, logged without its body, and nothing is stored.
 */
@RestController
@ConditionalOnExpression(InboundConfiguration.WEBHOOK)
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final byte[] secret;
    private final Inbox inbox;
    private final InboundMetrics metrics;

    WebhookController(TelegramProperties properties, Inbox inbox, InboundMetrics metrics) {
        this.secret = properties.webhook().secret().getBytes(StandardCharsets.UTF_8);
        this.inbox = inbox;
        this.metrics = metrics;
    }

    @PostMapping("${telegram.bot.webhook.path:/telegram/webhook}")
    ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String token,
            @RequestBody(required = false) String body) {
        if (token == null || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
            metrics.rejected("secret", 1);
            log.warn("Refused a webhook request {} secret token", token == null ? "without a" : "with a wrong");
            return problem(HttpStatus.UNAUTHORIZED, "The secret token is missing or wrong.");
        }
        try {
            inbox.accept(body == null ? "" : body, "webhook");
        } catch (IllegalArgumentException e) {
            metrics.rejected("malformed", 1);
            log.warn("Refused a webhook request whose body is not an update");
            return problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram update.");
        }
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
