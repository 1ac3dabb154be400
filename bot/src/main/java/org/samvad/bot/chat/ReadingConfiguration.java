package org.samvad.bot.chat;

import org.samvad.nlp.TextAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the language models once, at start, for reading free-text answers. */
@Configuration(proxyBeanMethods = false)
class ReadingConfiguration {

    @Bean
    TextAnalyzer textAnalyzer() {
        return TextAnalyzer.fromClasspath();
    }

    @Bean
    AnswerReading answerReading(TextAnalyzer analyzer) {
        return new AnswerReading(analyzer);
    }
}
