package org.chancery.data.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.chancery.domain.security.SignInFailures;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins in {@code auth_failure}, where every instance counts the same ones. */
@Repository
public class SignInFailureStore implements SignInFailures {

    private final JdbcClient jdbc;

    SignInFailureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String username, @Nullable String clientAddress, Instant at) {
        jdbc.sql("INSERT INTO auth_failure (username, client_address, failed_at) VALUES (:username, :address, :at)")
                .param("username", username)
                .param("address", clientAddress)
                .param("at", time(at))
                .update();
    }

    @Override
    public int countForAccount(String username, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM auth_failure WHERE username = :username AND failed_at >= :since")
                .param("username", username)
                .param("since", time(since))
                .query(Integer.class)
                .single();
    }

    @Override
    public int countFromAddress(String clientAddress, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM auth_failure WHERE client_address = :address AND failed_at >= :since")
                .param("address", clientAddress)
                .param("since", time(since))
                .query(Integer.class)
                .single();
    }

    @Override
    public int countForAccountFrom(String username, String clientAddress, Instant since) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM auth_failure
                        WHERE username = :username AND client_address = :address AND failed_at >= :since""")
                .param("username", username)
                .param("address", clientAddress)
                .param("since", time(since))
                .query(Integer.class)
                .single();
    }

    @Override
    public void clear(String username, @Nullable String clientAddress) {
        jdbc.sql("DELETE FROM auth_failure WHERE username = :username"
                        + (clientAddress == null ? "" : " AND client_address = :address"))
                .param("username", username)
                .params(clientAddress == null ? Map.of() : Map.of("address", clientAddress))
                .update();
    }

    @Override
    public void forgetBefore(Instant moment) {
        jdbc.sql("DELETE FROM auth_failure WHERE failed_at < :moment")
                .param("moment", time(moment))
                .update();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
