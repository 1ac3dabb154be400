package org.samvad.bot.telegram;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import javax.sql.DataSource;
import org.samvad.bot.inbound.InboundConfiguration;
import org.samvad.bot.inbound.InboundMetrics;
import org.samvad.bot.inbound.InboundProcessor;
import org.samvad.bot.inbound.InboundQueue;
import org.samvad.bot.inbound.InboundSettings;
import org.samvad.bot.inbound.Inbox;
import org.samvad.bot.BotSettings;
import org.samvad.bot.TelegramProperties;
import org.samvad.bot.chat.Chats;
import org.samvad.bot.reminder.RunTimers;
import org.samvad.bot.reminder.TimerScheduling;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Connects the bot to Telegram when a token is set; without one the bot stays off and
 * says so. Updates arrive by long polling, or at the webhook when its URL is set; either
 * way they are recorded and processed through the same {@link InboundProcessor}.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final String TOKEN_SET = InboundConfiguration.TOKEN_SET;

    @Bean
    @ConditionalOnExpression(TOKEN_SET)
    TelegramClient telegramClient(TelegramProperties properties) {
        return new OkHttpTelegramClient(properties.token(), properties.telegramUrl());
    }

    @Bean
    @ConditionalOnExpression(TOKEN_SET)
    TelegramReplies telegramReplies(TelegramClient client) {
        return new TelegramReplies(client);
    }

    @Bean
    @ConditionalOnExpression(TOKEN_SET)
    InboundProcessor inboundProcessor(InboundQueue queue, PlatformTransactionManager transactionManager, Chats chats,
            TelegramReplies replies, InboundMetrics metrics, InboundSettings settings, Clock clock) {
        TelegramUpdates updates = new TelegramUpdates(chats, replies);
        return new InboundProcessor(queue, new TransactionTemplate(transactionManager), updates::consume, metrics,
                settings, clock);
    }

    @Bean
    @ConditionalOnExpression(TOKEN_SET)
    Inbox inbox(InboundQueue queue, InboundProcessor processor, InboundMetrics metrics, Clock clock) {
        return new Inbox(queue, processor, metrics, clock);
    }

    @Bean
    @ConditionalOnExpression(InboundConfiguration.POLLING)
    LongPolling longPolling(TelegramProperties properties, Inbox inbox) {
        return new LongPolling(properties, inbox);
    }

    @Bean
    @ConditionalOnExpression(TOKEN_SET)
    TimerScheduling timerScheduling(DataSource dataSource, QuestionnaireRunRepository runs, Chats chats,
            BotSettings settings, Clock clock, ObjectProvider<RecurringTask<?>> tasks) {
        return new TimerScheduling(dataSource, new RunTimers(runs, chats, settings, clock),
                settings.timerInterval(), tasks.orderedStream().toList());
    }

    @Bean
    @ConditionalOnExpression("'${telegram.bot.token:}'.isBlank()")
    ApplicationRunner botOffNotice() {
        Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);
        return args -> log.warn("TELEGRAM_BOT_TOKEN is not set: the bot stays off (the admin API, if running, "
                + "is not affected)");
    }
}
