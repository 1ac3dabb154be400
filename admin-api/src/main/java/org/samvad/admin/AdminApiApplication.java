package org.samvad.admin;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.samvad.admin.location.ImportLocationsCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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

    /**
     * Serves the admin API; with {@code import-locations FILE...} imports the location
     * master files instead and exits (see {@link ImportLocationsCommand}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && ImportLocationsCommand.NAME.equals(args[0])) {
            List<String> files = Arrays.asList(args).subList(1, args.length);
            int status;
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AdminApiApplication.class)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).run()) {
                status = ImportLocationsCommand.run(context, files, System.out);
            }
            System.exit(status);
        }
        SpringApplication.run(AdminApiApplication.class, args);
    }
}
