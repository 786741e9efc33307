package org.chancery.data.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.chancery.data.RegistryTests;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Transactions;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.ApiToken;
import org.chancery.domain.security.InMemoryAccounts;
import org.chancery.domain.security.NewApiToken;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.SignInLimits;
import org.chancery.domain.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts, API tokens and failed sign-ins in the database, through the stores and the use cases. */
class AccountStoresTests extends RegistryTests {

    static final String PASSWORD = "twelve chars!";

    @Autowired
    UserStore users;

    @Autowired
    ApiTokenStore tokens;

    @Autowired
    SignInFailureStore failures;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcClient jdbc;

    AccountAdministration accounts;

    @BeforeEach
    void wire() {
        accounts = new AccountAdministration(
                users,
                tokens,
                InMemoryAccounts.TAGGING,
                failures,
                SignInLimits.DEFAULT,
                transactions,
                Clock.systemUTC());
        users.create(new User("ada", Role.ADMIN, false), InMemoryAccounts.TAGGING.hash(PASSWORD));
    }

    @Test
    void aUserIsStoredWithItsPasswordHashAndChangedInPlace() {
        assertThat(users.create(new User("olga", Role.CURATOR, false), "{test}first"))
                .isTrue();

        assertThat(users.find("olga")).contains(new User("olga", Role.CURATOR, false));
        assertThat(users.passwordHash("olga")).contains("{test}first");

        users.update(new User("olga", Role.ADMIN, true), null);
        assertThat(users.find("olga")).contains(new User("olga", Role.ADMIN, true));
        assertThat(users.passwordHash("olga")).contains("{test}first");

        users.update(new User("olga", Role.ADMIN, true), "{test}second");
        assertThat(users.passwordHash("olga")).contains("{test}second");
        assertThat(users.list()).extracting(User::username).containsExactly("ada", "olga");
        assertThat(users.find("nobody")).isEmpty();
        assertThat(users.passwordHash("nobody")).isEmpty();
    }

    @Test
    void aTakenNameIsNotCreatedTwice() {
        assertThat(users.create(new User("ada", Role.READER, false), "{test}other"))
                .isFalse();

        assertThat(users.find("ada")).contains(new User("ada", Role.ADMIN, false));
        assertThat(users.passwordHash("ada")).contains("{test}" + PASSWORD);
    }

    @Test
    void ofTwoAdminsAddingTheSameNameAtOnceExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 10; round++) {
            String name = "twin" + round;

            int made = madeAtOnce(
                    () -> accounts.createUser(InMemoryAccounts.ada(), name, Role.READER, PASSWORD),
                    () -> accounts.createUser(InMemoryAccounts.ada(), name, Role.CURATOR, PASSWORD),
                    refused -> assertThat(refused.field()).isEqualTo("username"));

            assertThat(made).as("users added in round %d", round).isEqualTo(1);
        }
    }

    @Test
    void ofTwoChangesThatEachWouldLeaveOneAdminExactlyOneIsMade() throws Exception {
        for (int round = 0; round < 10; round++) {
            String other = "due" + round;
            users.create(new User(other, Role.ADMIN, false), "{test}" + PASSWORD);

            int made = madeAtOnce(
                    () -> accounts.updateUser(InMemoryAccounts.ada(), "ada", Role.CURATOR, null, null),
                    () -> accounts.updateUser(InMemoryAccounts.ada(), other, null, true, null),
                    refused -> assertThat(refused.getMessage())
                            .endsWith("is the last admin: make another user an admin first"));

            assertThat(made).as("changes made in round %d", round).isEqualTo(1);
            assertThat(users.list().stream().filter(User::activeAdmin)).hasSize(1);
            accounts.updateUser(Actor.SYSTEM, "ada", Role.ADMIN, false, null);
            accounts.updateUser(Actor.SYSTEM, other, Role.READER, true, null);
        }
    }

    /** Makes both changes at the same moment, each checking a refusal with {@code refused}: how many were made. */
    private static int madeAtOnce(Runnable one, Runnable other, Consumer<InvalidInputException> refused)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Runnable change : List.of(one, other)) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        change.run();
                        return true;
                    } catch (InvalidInputException e) {
                        refused.accept(e);
                        return false;
                    }
                }));
            }
            int made = 0;
            for (Future<Boolean> outcome : outcomes) {
                made += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return made;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewPasswordEndsTheUsersSessionsAndNoOneElses() {
        users.create(new User("olga", Role.CURATOR, false), "{test}" + PASSWORD);
        session("1", "olga");
        session("2", "olga");
        session("3", "ada");

        accounts.updateUser(InMemoryAccounts.ada(), "olga", null, null, "a new long password");

        assertThat(jdbc.sql("SELECT PRINCIPAL_NAME FROM SPRING_SESSION")
                        .query(String.class)
                        .list())
                .containsExactly("ada");
        accounts.updateUser(InMemoryAccounts.ada(), "olga", Role.READER, null, null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private void session(String id, String username) {
        jdbc.sql("""
                        INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME,
                            MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME)
                        VALUES (:id, :id, 1, 1, 1800, 1801, :username)""")
                .param("id", "00000000-0000-0000-0000-00000000000" + id)
                .param("username", username)
                .update();
    }

    @Test
    void aTokenIsStoredByItsHashWithTheDatabaseClock() {
        Instant before = Instant.now().minusSeconds(5);

        NewApiToken issued = accounts.createApiToken("ada", PASSWORD, "newsroom dashboard", "192.0.2.1");

        ApiToken token = issued.token();
        assertThat(token.owner()).isEqualTo("ada");
        assertThat(token.label()).isEqualTo("newsroom dashboard");
        assertThat(token.createdAt()).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(token.revokedAt()).isNull();
        assertThat(jdbc.sql("SELECT secret_sha256 FROM api_token")
                        .query(String.class)
                        .single())
                .isEqualTo(AccountAdministration.sha256(issued.secret()));
        assertThat(tokens.find(token.id())).contains(token);
        assertThat(accounts.authenticateToken(issued.secret())).contains(Actor.user("ada", Role.ADMIN));
    }

    @Test
    void aRevokedTokenKeepsItsFirstRevocationTime() {
        ApiToken token = accounts.createApiToken("ada", PASSWORD, "one", null).token();

        tokens.revoke(token.id());
        Instant revokedAt = tokens.find(token.id()).orElseThrow().revokedAt();
        tokens.revoke(token.id());

        assertThat(revokedAt).isNotNull();
        assertThat(tokens.find(token.id()).orElseThrow().revokedAt()).isEqualTo(revokedAt);
    }

    @Test
    void aUsersTokensAreListedNewestFirst() {
        users.create(new User("olga", Role.CURATOR, false), "{test}" + PASSWORD);
        accounts.createApiToken("ada", PASSWORD, "first", null);
        accounts.createApiToken("olga", PASSWORD, "olga's", null);
        accounts.createApiToken("ada", PASSWORD, "second", null);

        assertThat(tokens.ownedBy("ada")).extracting(ApiToken::label).containsExactly("second", "first");
        assertThat(tokens.ownedBy("nobody")).isEmpty();
    }

    @Test
    void failuresAreCountedPerNameAndPerAddressWithinTheWindow() {
        Instant now = Instant.parse("2026-05-06T09:00:00Z");
        failures.record("olga", "192.0.2.1", now.minus(Duration.ofMinutes(20)));
        failures.record("olga", "192.0.2.1", now.minus(Duration.ofMinutes(10)));
        failures.record("olga", "192.0.2.2", now.minus(Duration.ofMinutes(5)));
        failures.record("nobody", "192.0.2.1", now);
        failures.record("nobody", null, now);
        Instant since = now.minus(Duration.ofMinutes(15));

        assertThat(failures.countForAccount("olga", since)).isEqualTo(2);
        assertThat(failures.countForAccount("nobody", since)).isEqualTo(2);
        assertThat(failures.countFromAddress("192.0.2.1", since)).isEqualTo(2);

        failures.forgetBefore(since);
        assertThat(failures.countForAccount("olga", Instant.EPOCH)).isEqualTo(2);

        assertThat(failures.countForAccountFrom("olga", "192.0.2.1", Instant.EPOCH))
                .isEqualTo(1);
        assertThat(failures.countForAccountFrom("olga", "192.0.2.3", Instant.EPOCH))
                .isZero();

        failures.clear("olga", "192.0.2.1");
        assertThat(failures.countForAccount("olga", Instant.EPOCH)).isEqualTo(1);

        failures.clear("olga", null);
        assertThat(failures.countForAccount("olga", Instant.EPOCH)).isZero();
        assertThat(failures.countFromAddress("192.0.2.1", Instant.EPOCH)).isEqualTo(1);
    }

    @Test
    void theDatabaseThrottlesAnAddressAfterFiveFailuresOnAnAccountButNotAnotherAddress() {
        for (int i = 0; i < 5; i++) {
            assertThatExceptionOfType(RuntimeException.class)
                    .isThrownBy(() -> accounts.signIn("ada", "wrong password!", "192.0.2.1"))
                    .withMessage("The user name or the password is wrong");
        }

        assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> accounts.signIn("ada", PASSWORD, "192.0.2.1"))
                .withMessageStartingWith("Too many failed attempts");
        assertThat(accounts.signIn("ada", PASSWORD, "192.0.2.9").username()).isEqualTo("ada");
    }

    @Test
    void theSessionTablesKeepASessionAndDropItsAttributesWithIt() {
        jdbc.sql("""
                        INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME,
                            MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME)
                        VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002',
                            1, 1, 1800, 1801, 'ada')""").update();
        byte[] bytes = new byte[100_000];
        bytes[99_999] = 7;
        jdbc.sql("""
                        INSERT INTO SPRING_SESSION_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                        VALUES ('00000000-0000-0000-0000-000000000001', 'SPRING_SECURITY_CONTEXT', :bytes)""").param("bytes", bytes).update();

        assertThat(jdbc.sql("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES")
                        .query(byte[].class)
                        .single())
                .isEqualTo(bytes);

        jdbc.sql("DELETE FROM SPRING_SESSION").update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
