package org.samvad.bot.telegram;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import javax.sql.DataSource;
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
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Connects the bot to Telegram when a token is set; without one the bot stays off and says so. */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    private static final String TOKEN_SET = "!'${telegram.bot.token:}'.isBlank()";

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
    LongPolling longPolling(TelegramProperties properties, TelegramReplies replies, Chats chats) {
        return new LongPolling(properties, new TelegramUpdates(chats, replies));
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
