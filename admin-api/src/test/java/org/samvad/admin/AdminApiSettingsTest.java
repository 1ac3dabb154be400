package org.samvad.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AdminApiSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WithSettings.class);

    @Test
    void suppressesBelowFiveByDefault() {
        context.run(started -> assertThat(started.getBean(AdminApiSettings.class).suppressBelow()).isEqualTo(5));
    }

    @Test
    void takesAThresholdOfThreeOrMore() {
        context.withPropertyValues("samvad.admin.suppress-below=3")
                .run(started -> assertThat(started.getBean(AdminApiSettings.class).suppressBelow()).isEqualTo(3));
    }

    @Test
    void refusesToStartWithAThresholdBelowThree() {
        context.withPropertyValues("samvad.admin.suppress-below=2").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("samvad.admin.suppress-below is 2; small-cell suppression needs at least 3");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AdminApiSettings.class)
    static class WithSettings {
    }
}
