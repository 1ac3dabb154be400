package org.samvad.admin.access;

import java.time.Clock;
import java.util.Optional;
import org.samvad.admin.AdminApiSettings;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.ApiTokenRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Makes sure the admin token configured by {@code SAMVAD_ADMIN_TOKEN} exists before the
 * API takes requests: its hash is stored if missing, so that starting again (or several
 * instances at once) changes nothing. A token revoked through the API stays revoked;
 * choose a new value to get in again. The value is never logged.
 */
@Component
class AdminTokenBootstrap implements SmartInitializingSingleton {

    static final String NAME = "SAMVAD_ADMIN_TOKEN";
    private static final Logger log = LoggerFactory.getLogger(AdminTokenBootstrap.class);

    private final AdminApiSettings settings;
    private final ApiTokenRepository tokens;
    private final Clock clock;

    AdminTokenBootstrap(AdminApiSettings settings, ApiTokenRepository tokens, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String value = settings.token();
        if (value == null || value.isBlank()) {
            log.info("{} is not set: the admin API accepts only tokens stored already", NAME);
            return;
        }
        if (!ApiToken.isAcceptableValue(value)) {
            throw new IllegalStateException(NAME + " (samvad.admin.token) needs at least " + ApiToken.MIN_VALUE_LENGTH
                    + " characters of A-Z a-z 0-9 . _ ~ + / - such as the output of 'openssl rand -hex 32'");
        }
        Optional<ApiToken> stored = tokens.findByTokenHash(ApiToken.hash(value));
        if (stored.isPresent()) {
            if (stored.get().isRevoked()) {
                log.warn("The admin token from {} is revoked; set a new value to get an admin token", NAME);
            }
            return;
        }
        try {
            ApiToken saved = tokens.save(ApiToken.configuredAdmin(NAME, value, clock.instant()));
            log.info("Stored the admin token from {} as token {}", NAME, saved.id());
        } catch (DuplicateKeyException e) {
            log.info("The admin token from {} was stored by another instance", NAME);
        }
    }
}
