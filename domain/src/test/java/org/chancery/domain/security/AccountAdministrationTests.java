package org.chancery.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.security.InMemoryAccounts.ADMIN_PASSWORD;
import static org.chancery.domain.security.InMemoryAccounts.ada;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAdministrationTests {

    static final String PASSWORD = "twelve chars!";

    final InMemoryAccounts memory = new InMemoryAccounts();
    final AccountAdministration accounts = memory.accounts;

    /** A curator an admin added, who has since chosen her own password: {@link #PASSWORD}. */
    private User olga() {
        User added = accounts.createUser(ada(), "olga", Role.CURATOR, PASSWORD);
        User chosen = added.change(null, null, false);
        memory.users.update(chosen, null);
        return chosen;
    }

    @Test
    void anAdminAddsAUserWhoThenSignsIn() {
        User olga = accounts.createUser(ada(), "olga", Role.CURATOR, PASSWORD);

        assertThat(olga).isEqualTo(new User("olga", Role.CURATOR, false, true));
        assertThat(memory.users.passwordHash("olga")).contains("{test}" + PASSWORD);
        assertThat(accounts.signIn("olga", PASSWORD, "192.0.2.1")).isEqualTo(Actor.user("olga", Role.CURATOR));
    }

    @Test
    void aPasswordAnAdminSetsSignsInOnlyToChooseOneAndGivesNoToken() {
        accounts.createUser(ada(), "olga", Role.CURATOR, PASSWORD);
        Actor olga = accounts.signIn("olga", PASSWORD, "192.0.2.1");

        assertThat(accounts.passwordChangeRequired(olga)).isTrue();
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.createApiToken("olga", PASSWORD, "importer", "192.0.2.1"))
                .withMessageContaining("Choose your own password");

        accounts.changePassword(olga, PASSWORD, "olga's own password", "192.0.2.1", null);

        assertThat(accounts.passwordChangeRequired(olga)).isFalse();
        assertThat(accounts.createApiToken("olga", "olga's own password", "importer", "192.0.2.1")
                        .token()
                        .owner())
                .isEqualTo("olga");
    }

    @Test
    void aPasswordSetForAnotherUserMustBeChangedButOnesOwnAndTheSystemsNeedNot() {
        accounts.createUser(Actor.SYSTEM, "rita", Role.READER, PASSWORD);
        assertThat(memory.users.find("rita").orElseThrow().passwordChangeRequired())
                .isFalse();

        accounts.updateUser(ada(), "rita", null, null, "a password ada chose");
        assertThat(memory.users.find("rita").orElseThrow().passwordChangeRequired())
                .isTrue();

        accounts.updateUser(ada(), "ada", null, null, "ada's next password");
        assertThat(memory.users.find("ada").orElseThrow().passwordChangeRequired())
                .isFalse();

        accounts.updateUser(ada(), "rita", Role.CURATOR, null, null);
        assertThat(memory.users.find("rita").orElseThrow().passwordChangeRequired())
                .as("a new role leaves the password as it was")
                .isTrue();
    }

    @Test
    void aUserChangesTheirOwnPasswordGivenTheCurrentOne() {
        accounts.createUser(Actor.SYSTEM, "rita", Role.READER, PASSWORD);
        Actor rita = Actor.user("rita", Role.READER);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() ->
                        accounts.changePassword(rita, "not the password", "rita's new password", "192.0.2.9", null))
                .withMessage("Your current password is not this one")
                .satisfies(e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(memory.failures.countForAccount("rita", Instant.EPOCH))
                .as("a wrong current password counts as a failed sign-in")
                .isEqualTo(1);
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.changePassword(rita, PASSWORD, "too short", "192.0.2.9", null))
                .withMessage("Use a password of at least 12 characters")
                .satisfies(e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.changePassword(rita, PASSWORD, PASSWORD, "192.0.2.9", null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.changePassword(rita, "", "rita's new password", "192.0.2.9", null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(
                        () -> accounts.changePassword(Actor.ANONYMOUS, PASSWORD, "a new password here", null, null));

        accounts.changePassword(rita, PASSWORD, "rita's new password", "192.0.2.9", null);

        assertThat(accounts.signIn("rita", "rita's new password", "192.0.2.9")).isEqualTo(rita);
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.signIn("rita", PASSWORD, "192.0.2.9"));
    }

    @Test
    void onlyAnAdminMayAddUsers() {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.createUser(Actor.user("olga", Role.CURATOR), "rita", Role.READER, PASSWORD))
                .withMessage("Only an admin may add users");
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.createUser(Actor.ANONYMOUS, "rita", Role.READER, PASSWORD))
                .satisfies(e -> assertThat(e.anonymous()).isTrue());
        assertThat(memory.users.find("rita")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "Olga", "olga smith", "ölga", "a1234567890123456789012345678901234567890"})
    void aUserNameHasThreeToFortyLowerCaseLettersDigitsDotsUnderscoresOrHyphens(String name) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), name, Role.READER, PASSWORD))
                .satisfies(e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void theNameTheRegistryWritesItsOwnChangesUnderIsNoUsersName() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), Actor.SYSTEM.username(), Role.ADMIN, PASSWORD))
                .satisfies(e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void userNamesOfEveryAllowedCharacterAreAccepted() {
        assertThat(accounts.createUser(ada(), "o.k_9-x", Role.READER, PASSWORD).username())
                .isEqualTo("o.k_9-x");
    }

    @Test
    void aTakenUserNameIsRefused() {
        olga();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), "olga", Role.ADMIN, "another password"))
                .withMessage("There is already a user named olga")
                .satisfies(e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(memory.users.find("olga").orElseThrow().role()).isEqualTo(Role.CURATOR);
    }

    @Test
    void aPasswordHasAtLeastTwelveCharactersAndAtMostSeventyTwoBytes() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), "olga", Role.CURATOR, "eleven char"))
                .withMessage("Use a password of at least 12 characters")
                .satisfies(e -> assertThat(e.field()).isEqualTo("password"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), "olga", Role.CURATOR, "é".repeat(37)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("password"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), "olga", Role.CURATOR, null))
                .withMessage("Enter a password");

        assertThat(accounts.createUser(ada(), "olga", Role.CURATOR, "x".repeat(72)))
                .isNotNull();
    }

    @Test
    void aUserNeedsARole() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createUser(ada(), "olga", null, PASSWORD))
                .satisfies(e -> assertThat(e.field()).isEqualTo("role"));
    }

    @Test
    void anAdminChangesARoleDisablesAnAccountAndSetsANewPassword() {
        olga();

        assertThat(accounts.updateUser(ada(), "olga", Role.ADMIN, null, null))
                .isEqualTo(new User("olga", Role.ADMIN, false));
        assertThat(accounts.updateUser(ada(), "olga", null, true, null)).isEqualTo(new User("olga", Role.ADMIN, true));
        accounts.updateUser(ada(), "olga", null, false, "a brand new password");

        assertThat(memory.users.find("olga")).contains(new User("olga", Role.ADMIN, false, true));
        assertThat(accounts.signIn("olga", "a brand new password", null)).isEqualTo(Actor.user("olga", Role.ADMIN));
    }

    @Test
    void onlyAnAdminMayChangeUsers() {
        olga();

        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.updateUser(Actor.user("olga", Role.CURATOR), "olga", Role.ADMIN, null, null))
                .withMessage("Only an admin may change users");
        assertThat(memory.users.find("olga").orElseThrow().role()).isEqualTo(Role.CURATOR);
    }

    @Test
    void changingAUserWhoDoesNotExistIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> accounts.updateUser(ada(), "nobody", Role.READER, null, null))
                .satisfies(e -> assertThat(e.id()).isEqualTo("nobody"));
    }

    @Test
    void aNewPasswordFollowsTheSameRules() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.updateUser(ada(), "ada", null, null, "short"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void theLastAdminCanNeitherDemoteNorDisableThemselves() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.updateUser(ada(), "ada", Role.CURATOR, null, null))
                .withMessage("ada is the last admin: make another user an admin first")
                .satisfies(e -> assertThat(e.field()).isEqualTo("role"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.updateUser(ada(), "ada", null, true, null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("disabled"));

        assertThat(memory.users.find("ada")).contains(new User("ada", Role.ADMIN, false));
    }

    @Test
    void aDisabledAdminDoesNotCountAsAnotherAdmin() {
        accounts.createUser(ada(), "bruno", Role.ADMIN, PASSWORD);
        accounts.updateUser(ada(), "bruno", null, true, null);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.updateUser(ada(), "ada", Role.READER, null, null));
    }

    @Test
    void anAdminStepsDownOnceAnotherAdminIsThere() {
        accounts.createUser(ada(), "bruno", Role.ADMIN, PASSWORD);

        assertThat(accounts.updateUser(ada(), "ada", Role.CURATOR, null, null).role())
                .isEqualTo(Role.CURATOR);
        assertThat(accounts.users(Actor.user("bruno", Role.ADMIN)))
                .extracting(User::username)
                .containsExactly("ada", "bruno");
    }

    @Test
    void onlyAnAdminSeesTheUsers() {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.users(Actor.user("olga", Role.CURATOR)));
    }

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledAccountAreRefusedAlike() {
        olga();
        accounts.createUser(ada(), "dora", Role.READER, PASSWORD);
        accounts.updateUser(ada(), "dora", null, true, null);

        for (String[] attempt :
                new String[][] {{"olga", "wrong password!"}, {"nobody", PASSWORD}, {"dora", PASSWORD}}) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn(attempt[0], attempt[1], "192.0.2.1"))
                    .withMessage("The user name or the password is wrong")
                    .satisfies(e -> assertThat(e.anonymous()).isTrue());
        }
        assertThat(memory.failures.size()).isEqualTo(3);
    }

    @Test
    void afterFiveFailuresFromOneAddressOnAnAccountThatAddressWaitsForTheWindowToPass() {
        olga();
        for (int i = 0; i < 5; i++) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn("olga", "wrong password!", "192.0.2.1"));
        }

        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.signIn("olga", PASSWORD, "192.0.2.1"))
                .withMessage("Too many failed attempts to sign in. Wait 15 minutes, then try again.")
                .satisfies(e -> assertThat(e.anonymous()).isFalse());

        memory.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(accounts.signIn("olga", PASSWORD, "192.0.2.1").username()).isEqualTo("olga");
    }

    @Test
    void anAccountUnderAttackFromManyAddressesStillSignsItsOwnerInFromAnAddressThatHasNotFailed() {
        olga();
        for (int i = 0; i < 50; i++) {
            String address = "192.0.2." + i;
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn("olga", "wrong password!", address));
        }

        assertThat(accounts.signIn("olga", PASSWORD, "198.51.100.7").username()).isEqualTo("olga");
    }

    @Test
    void anAccountUnderAttackIsSlowedToOneAttemptPerWindowFromEachAddressThatFailedOnIt() {
        olga();
        for (int i = 0; i < 5; i++) {
            String address = "192.0.2." + i;
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn("olga", "wrong password!", address));
        }

        assertThat(refusal(() -> accounts.signIn("olga", "another guess!", "192.0.2.0")))
                .startsWith("Too many failed attempts");
        assertThat(refusal(() -> accounts.signIn("olga", "another guess!", "192.0.2.99")))
                .isEqualTo("The user name or the password is wrong");
        assertThat(refusal(() -> accounts.signIn("olga", PASSWORD, "192.0.2.99")))
                .startsWith("Too many failed attempts");
        assertThat(memory.failures.size()).isEqualTo(6);
    }

    @Test
    void aRefusalForTooManyFailuresDoesNotTellWhetherTheAccountExists() {
        olga();
        for (String name : new String[] {"olga", "nobody"}) {
            for (int i = 0; i < 5; i++) {
                assertThatExceptionOfType(AccessRefusedException.class)
                        .isThrownBy(() -> accounts.signIn(name, "wrong password!", null));
            }
        }

        String olgaRefused = refusal(() -> accounts.signIn("olga", "wrong password!", null));
        String nobodyRefused = refusal(() -> accounts.signIn("nobody", "wrong password!", null));
        assertThat(olgaRefused).isEqualTo(nobodyRefused).startsWith("Too many failed attempts");
    }

    @Test
    void afterTwentyFailuresFromOneAddressEveryAccountWaits() {
        olga();
        for (int i = 0; i < 20; i++) {
            String name = "guess" + i;
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn(name, "wrong password!", "203.0.113.9"));
        }

        assertThat(refusal(() -> accounts.signIn("olga", PASSWORD, "203.0.113.9")))
                .startsWith("Too many failed attempts");
        assertThat(accounts.signIn("olga", PASSWORD, "203.0.113.10").username()).isEqualTo("olga");
    }

    @Test
    void signingInForgetsTheAccountsEarlierFailures() {
        olga();
        for (int i = 0; i < 4; i++) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn("olga", "wrong password!", null));
        }
        accounts.signIn("olga", PASSWORD, null);

        for (int i = 0; i < 4; i++) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.signIn("olga", "wrong password!", null));
        }
        assertThat(accounts.signIn("olga", PASSWORD, null).username()).isEqualTo("olga");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.signIn("olga", "wrong password!", null));
        memory.clock.advance(Duration.ofMinutes(16));
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.signIn("olga", "wrong password!", null));

        assertThat(memory.failures.size()).isEqualTo(1);
    }

    @Test
    void aUserGetsAnApiTokenWhoseSecretIsShownOnceAndStoredAsItsHashOnly() {
        olga();

        NewApiToken issued = accounts.createApiToken("olga", PASSWORD, "newsroom dashboard", "192.0.2.1");

        assertThat(issued.secret()).startsWith("chy_");
        assertThat(Base64.getUrlDecoder().decode(issued.secret().substring(4))).hasSize(32);
        assertThat(issued.token().owner()).isEqualTo("olga");
        assertThat(issued.token().label()).isEqualTo("newsroom dashboard");
        assertThat(issued.token().createdAt()).isEqualTo(memory.clock.instant());
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(memory.tokens.hashes()).containsExactly(AccountAdministration.sha256(issued.secret()));
        assertThat(AccountAdministration.sha256(issued.secret())).hasSize(64).doesNotContain(issued.secret());
        assertThat(accounts.authenticateToken(issued.secret())).contains(Actor.user("olga", Role.CURATOR));
    }

    @Test
    void everyTokenHasADifferentSecret() {
        olga();

        String first = accounts.createApiToken("olga", PASSWORD, "one", null).secret();
        String second = accounts.createApiToken("olga", PASSWORD, "two", null).secret();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aTokenNeedsTheRightPasswordAndIsThrottledLikeSigningIn() {
        olga();
        for (int i = 0; i < 5; i++) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> accounts.createApiToken("olga", "wrong password!", "dashboard", "192.0.2.1"))
                    .withMessage("The user name or the password is wrong");
        }

        assertThat(refusal(() -> accounts.createApiToken("olga", PASSWORD, "dashboard", "192.0.2.1")))
                .startsWith("Too many failed attempts");
        assertThat(memory.tokens.hashes()).isEmpty();
    }

    @Test
    void aTokenNeedsALabelWhichIsCheckedBeforeThePassword() {
        olga();

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> accounts.createApiToken("olga", "wrong password!", " ", null))
                .satisfies(e -> assertThat(e.field()).isEqualTo("label"));
        assertThat(memory.failures.size()).isZero();
    }

    @Test
    void aRevokedTokenSignsNobodyIn() {
        olga();
        NewApiToken issued = accounts.createApiToken("olga", PASSWORD, "dashboard", null);
        memory.clock.advance(Duration.ofMinutes(1));

        ApiToken revoked = accounts.revokeApiToken(
                Actor.user("olga", Role.CURATOR), issued.token().id());

        assertThat(revoked.revokedAt()).isEqualTo(memory.clock.instant());
        assertThat(accounts.authenticateToken(issued.secret())).isEmpty();
        memory.clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.revokeApiToken(ada(), issued.token().id()).revokedAt())
                .as("revoking again changes nothing")
                .isEqualTo(revoked.revokedAt());
    }

    @Test
    void anAdminMayRevokeAnyonesTokenAndNobodyElseMay() {
        olga();
        accounts.createUser(ada(), "rita", Role.READER, PASSWORD);
        ApiTokenId id = accounts.createApiToken("olga", PASSWORD, "dashboard", null)
                .token()
                .id();

        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.revokeApiToken(Actor.user("rita", Role.READER), id))
                .withMessage("Only its owner or an admin may revoke API token T1");
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.revokeApiToken(Actor.ANONYMOUS, id))
                .satisfies(e -> assertThat(e.anonymous()).isTrue());
        assertThat(memory.tokens.find(id).orElseThrow().revoked()).isFalse();

        assertThat(accounts.revokeApiToken(ada(), id).revoked()).isTrue();
    }

    @Test
    void revokingATokenThatDoesNotExistIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> accounts.revokeApiToken(ada(), new ApiTokenId(99)))
                .satisfies(e -> assertThat(e.id()).isEqualTo("T99"));
    }

    @Test
    void aDisabledUsersTokensSignNobodyInUntilTheAccountIsEnabledAgain() {
        olga();
        String secret =
                accounts.createApiToken("olga", PASSWORD, "dashboard", null).secret();

        accounts.updateUser(ada(), "olga", null, true, null);
        assertThat(accounts.authenticateToken(secret)).isEmpty();

        accounts.updateUser(ada(), "olga", Role.READER, false, null);
        assertThat(accounts.authenticateToken(secret)).contains(Actor.user("olga", Role.READER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "chy_", "chy_unknown", "Bearer chy_x", "not a token"})
    void anUnknownSecretSignsNobodyIn(String secret) {
        assertThat(accounts.authenticateToken(secret)).isEmpty();
    }

    @Test
    void eachUserSeesTheirOwnTokensNewestFirst() {
        olga();
        accounts.createApiToken("olga", PASSWORD, "first", null);
        accounts.createApiToken(ada().author(), ADMIN_PASSWORD, "ada's", null);
        accounts.createApiToken("olga", PASSWORD, "second", null);

        assertThat(accounts.tokens(Actor.user("olga", Role.CURATOR)))
                .extracting(ApiToken::label)
                .containsExactly("second", "first");
        assertThatExceptionOfType(AccessRefusedException.class).isThrownBy(() -> accounts.tokens(Actor.ANONYMOUS));
    }

    @Test
    void onlyAnAdminSeesAUser() {
        olga();

        assertThat(accounts.user(ada(), "olga").role()).isEqualTo(Role.CURATOR);
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> accounts.user(ada(), "nobody"));
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.user(Actor.user("olga", Role.CURATOR), "olga"));
    }

    @Test
    void onlyAnAdminSeesAnotherUsersTokens() {
        olga();
        accounts.createApiToken("olga", PASSWORD, "olga's", null);

        assertThat(accounts.tokensOf(ada(), "olga")).extracting(ApiToken::label).containsExactly("olga's");
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> accounts.tokensOf(Actor.user("olga", Role.CURATOR), "olga"));
    }

    @Test
    void aTokenIdIsWrittenWithAT() {
        assertThat(new ApiTokenId(12)).hasToString("T12");
        assertThat(ApiTokenId.parse("T12")).isEqualTo(new ApiTokenId(12));
    }

    private static String refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (AccessRefusedException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
