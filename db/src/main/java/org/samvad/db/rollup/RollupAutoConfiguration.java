package org.samvad.db.rollup;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roll-ups and, unless {@code samvad.rollups.folding=false}, their scheduled folding.
 * When the bot and the admin API share a database context in one JVM, that context
 * holds them and both applications use its single folding.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(RollupSettings.class)
public class RollupAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Rollups rollups(DataSource dataSource) {
        return new Rollups(JdbcClient.create(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "samvad.rollups", name = "folding", havingValue = "true", matchIfMissing = true)
    RollupFolding rollupFolding(Rollups rollups, RollupSettings settings) {
        return new RollupFolding(rollups, settings);
    }
}
