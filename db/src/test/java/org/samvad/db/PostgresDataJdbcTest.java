package org.samvad.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.samvad.db.embedded.EmbeddedPostgresAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * A Spring Data JDBC slice on a real, throw-away PostgreSQL with Samvad's Flyway
 * schema applied.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ImportAutoConfiguration({EmbeddedPostgresAutoConfiguration.class, SamvadDataAutoConfiguration.class})
public @interface PostgresDataJdbcTest {
}
