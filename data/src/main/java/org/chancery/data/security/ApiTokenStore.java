package org.chancery.data.security;

import java.util.List;
import java.util.Optional;
import org.chancery.domain.security.ApiToken;
import org.chancery.domain.security.ApiTokenId;
import org.chancery.domain.security.ApiTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in {@code api_token}; creation and revocation times come from the database clock. */
@Repository
public class ApiTokenStore implements ApiTokens {

    private static final String COLUMNS = "token_id, username, label, created_at, revoked_at";

    private final JdbcClient jdbc;
    private final ApiTokenRows rows;

    ApiTokenStore(JdbcClient jdbc, ApiTokenRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public ApiToken add(String owner, String label, String secretSha256) {
        jdbc.sql("""
                        INSERT INTO api_token (username, label, secret_sha256, created_at)
                        VALUES (:username, :label, :hash, CURRENT_TIMESTAMP)""")
                .param("username", owner)
                .param("label", label)
                .param("hash", secretSha256)
                .update();
        return findByHash(secretSha256).orElseThrow();
    }

    @Override
    public Optional<ApiToken> find(ApiTokenId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE token_id = :id")
                .param("id", id.value())
                .query(ApiTokenRows.ApiTokenRow.class)
                .optional()
                .map(rows::toToken);
    }

    @Override
    public Optional<ApiToken> findByHash(String secretSha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE secret_sha256 = :hash")
                .param("hash", secretSha256)
                .query(ApiTokenRows.ApiTokenRow.class)
                .optional()
                .map(rows::toToken);
    }

    @Override
    public List<ApiToken> ownedBy(String owner) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM api_token WHERE username = :username ORDER BY token_id DESC")
                .param("username", owner)
                .query(ApiTokenRows.ApiTokenRow.class)
                .list()
                .stream()
                .map(rows::toToken)
                .toList();
    }

    @Override
    public void revoke(ApiTokenId id) {
        jdbc.sql("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE token_id = :id AND revoked_at IS NULL")
                .param("id", id.value())
                .update();
    }
}
