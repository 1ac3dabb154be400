package org.samvad.admin;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The admin API on its own: summaries for coordinators and observers, questionnaires and
 * tokens for admins. Every request carries a bearer token (see {@code access}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdminApiApplication {

    /** The time that questionnaire versions are created, published and closed at, and audit events happen at. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(AdminApiApplication.class, args);
    }
}
