package org.samvad.db.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores admin API tokens; looks them up by the hash of the value presented. */
public interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    /** The token with this hash, revoked or not. */
    @Query("select * from api_token where token_hash = :tokenHash")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** Every token, oldest first. */
    List<ApiToken> findAllByOrderByIdAsc();
}
