package org.samvad.bot.delivery;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.Bucket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one message a second in one chat, after a small burst, with a Bucket4j bucket
 * per chat that has had a message lately. A chat whose bucket is empty is left out of
 * the next claims. Kept per instance: across instances a chat's messages still go one
 * at a time and in order, since a chat's next message is not claimed before the
 * previous one is sent.
 */
class ChatLimits {

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final DeliverySettings settings;

    ChatLimits(DeliverySettings settings) {
        this.settings = settings;
    }

    /** Spends one message of a chat's allowance. */
    void take(long chatId) {
        buckets.computeIfAbsent(chatId, id -> Bucket.builder().addLimit(BandwidthBuilder.builder()
                .capacity(settings.perChatBurst()).refillGreedy(1, settings.perChatInterval()).build()).build())
                .consumeIgnoringRateLimits(1);
    }

    /** Chats that may not get a message now; forgets chats whose allowance is whole again. */
    List<Long> spent() {
        List<Long> spent = new ArrayList<>();
        for (Iterator<Map.Entry<Long, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Bucket> entry = it.next();
            long available = entry.getValue().getAvailableTokens();
            if (available < 1) {
                spent.add(entry.getKey());
            } else if (available >= settings.perChatBurst()) {
                it.remove();
            }
        }
        return spent;
    }
}
