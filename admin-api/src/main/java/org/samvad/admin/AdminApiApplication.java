package org.samvad.admin;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The admin API on its own: summaries for coordinators, questionnaires for those who write them. */
@SpringBootApplication
public class AdminApiApplication {

    /** The time that questionnaire versions are created, published and closed at. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(AdminApiApplication.class, args);
    }
}
