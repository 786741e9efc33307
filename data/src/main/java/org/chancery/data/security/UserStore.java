package org.chancery.data.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.domain.security.User;
import org.chancery.domain.security.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users in {@code account}. */
@Repository
public class UserStore implements Users {

    private final JdbcClient jdbc;
    private final UserRows rows;

    UserStore(JdbcClient jdbc, UserRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public Optional<User> find(String username) {
        return jdbc.sql(
                        "SELECT username, role, disabled, password_change_required FROM account WHERE username = :username")
                .param("username", username)
                .query(UserRows.UserRow.class)
                .optional()
                .map(rows::toUser);
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = :username")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    @Override
    public boolean create(User user, String passwordHash) {
        try {
            jdbc.sql("""
                            INSERT INTO account (username, role, disabled, password_change_required,
                                password_hash, created_at)
                            VALUES (:username, :role, :disabled, :passwordChangeRequired, :passwordHash,
                                CURRENT_TIMESTAMP)""").params(params(user, passwordHash)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void update(User user, @Nullable String passwordHash, @Nullable String keptSession) {
        jdbc.sql("""
                        UPDATE account SET role = :role, disabled = :disabled,
                            password_change_required = :passwordChangeRequired,
                            password_hash = COALESCE(:passwordHash, password_hash)
                        WHERE username = :username""").params(params(user, passwordHash)).update();
        if (passwordHash != null) {
            jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :username AND SESSION_ID <> :kept")
                    .param("username", user.username())
                    .param("kept", keptSession == null ? "" : keptSession)
                    .update();
        }
    }

    /** Locks the rows in the order of their names, so that two transactions take turns rather than deadlock. */
    @Override
    public void lockAll() {
        jdbc.sql("SELECT username FROM account ORDER BY username FOR UPDATE")
                .query(String.class)
                .list();
    }

    private Map<String, @Nullable Object> params(User user, @Nullable String passwordHash) {
        UserRows.UserRow row = rows.toRow(user);
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("username", row.username());
        params.put("role", row.role());
        params.put("disabled", row.disabled());
        params.put("passwordChangeRequired", row.passwordChangeRequired());
        params.put("passwordHash", passwordHash);
        return params;
    }

    @Override
    public List<User> list() {
        return jdbc
                .sql("SELECT username, role, disabled, password_change_required FROM account ORDER BY username")
                .query(UserRows.UserRow.class)
                .list()
                .stream()
                .map(rows::toUser)
                .toList();
    }
}
