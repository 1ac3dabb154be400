package org.samvad.db;

import java.time.Clock;
import java.util.List;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.roster.RosterImporter;
import org.samvad.db.roster.RosterRepository;
import org.samvad.db.update.ProcessedUpdates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Samvad's repositories and conversions, for every application that uses the
 * database module.
 */
@AutoConfiguration(before = DataJdbcRepositoriesAutoConfiguration.class)
@EnableJdbcRepositories(basePackageClasses = SamvadDataAutoConfiguration.class)
public class SamvadDataAutoConfiguration {

    @Bean
    JdbcCustomConversions jdbcCustomConversions() {
        return new JdbcCustomConversions(List.of(new LanguageToCode(), new CodeToLanguage()));
    }

    @Bean
    ProcessedUpdates processedUpdates(JdbcClient jdbc) {
        return new ProcessedUpdates(jdbc);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc) {
        return new Outbox(jdbc);
    }

    @Bean
    RosterImporter rosterImporter(RosterRepository roster, LocationRepository locations, ObjectProvider<Clock> clock) {
        return new RosterImporter(roster, locations, clock.getIfAvailable(Clock::systemUTC));
    }

    @WritingConverter
    static final class LanguageToCode implements Converter<Language, String> {
        @Override
        public String convert(Language language) {
            return language.code();
        }
    }

    @ReadingConverter
    static final class CodeToLanguage implements Converter<String, Language> {
        @Override
        public Language convert(String code) {
            return Language.ofCode(code);
        }
    }
}
