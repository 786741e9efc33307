package org.chancery.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.InMemoryAccounts;
import org.chancery.domain.security.InMemoryApiTokens;
import org.chancery.domain.security.InMemorySignInFailures;
import org.chancery.domain.security.InMemoryUsers;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.SignInLimits;
import org.chancery.domain.security.TestClock;
import org.chancery.domain.security.User;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    @TempDir
    Path dir;

    final InMemoryUsers users = new InMemoryUsers();
    final TestClock clock = new TestClock();
    final AccountAdministration accounts = new AccountAdministration(
            users,
            new InMemoryApiTokens(clock),
            InMemoryAccounts.TAGGING,
            new InMemorySignInFailures(),
            SignInLimits.DEFAULT,
            Supplier::get,
            clock);

    private void start(@Nullable String givenPassword) {
        new FirstAdmin(accounts, users, dir.resolve("var"), givenPassword).run(new DefaultApplicationArguments());
    }

    @Test
    void theFirstStartWritesAGeneratedPasswordForTheOwnerOnlyAndLogsWhereNotWhat(CapturedOutput output)
            throws IOException {
        start(null);

        Path file = dir.resolve("var/admin-password");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(accounts.signIn("admin", password, null)).isEqualTo(Actor.user("admin", Role.ADMIN));
        assertThat(users.find("admin").orElseThrow().passwordChangeRequired())
                .as("a generated password signs in once, to choose one's own")
                .isTrue();
        assertThat(output.getAll())
                .contains(file.toAbsolutePath().toString(), "/admin/account")
                .doesNotContain(password);
        assertThat(Files.list(dir.resolve("var"))).containsExactly(file);
    }

    @Test
    void theGivenPasswordIsUsedAndNothingIsWritten(CapturedOutput output) {
        start("a password from the environment");

        assertThat(accounts.signIn("admin", "a password from the environment", null)
                        .role())
                .isEqualTo(Role.ADMIN);
        assertThat(users.find("admin").orElseThrow().passwordChangeRequired()).isFalse();
        assertThat(dir.resolve("var/admin-password")).doesNotExist();
        assertThat(output.getAll())
                .contains("CHANCERY_ADMIN_PASSWORD")
                .doesNotContain("a password from the environment");
    }

    @Test
    void aTooShortPasswordStopsTheStartWithTheRuleAndWhatToDo() {
        assertThatThrownBy(() -> start("too short"))
                .isInstanceOf(FirstAdmin.UnusablePassword.class)
                .hasMessage(
                        "CHANCERY_ADMIN_PASSWORD is not a usable password. Use a password of at least 12 characters.")
                .satisfies(refused -> {
                    FailureAnalysis analysis = new FirstAdmin.UnusablePasswordAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
                    assertThat(analysis.getAction()).contains("at least 12 characters", "var/admin-password");
                });
        assertThat(users.find("admin")).isEmpty();
    }

    @Test
    void aRegistryWithUsersIsLeftAlone() {
        users.create(new User("ada", Role.ADMIN, false), "{test}whatever it is");

        start(null);

        assertThat(users.find("admin")).isEmpty();
        assertThat(dir.resolve("var")).doesNotExist();
    }

    @Test
    void anInstanceThatLosesTheRaceLeavesTheWinnersPasswordAlone(CapturedOutput output) throws IOException {
        InMemoryUsers racing = new InMemoryUsers() {
            @Override
            public boolean create(User user, String passwordHash) {
                super.create(user, "{test}the winner's password");
                return false;
            }
        };
        AccountAdministration losing = new AccountAdministration(
                racing,
                new InMemoryApiTokens(clock),
                InMemoryAccounts.TAGGING,
                new InMemorySignInFailures(),
                SignInLimits.DEFAULT,
                Supplier::get,
                clock);
        Files.createDirectories(dir.resolve("var"));
        Files.writeString(dir.resolve("var/admin-password"), "the winner's password\n");

        new FirstAdmin(losing, racing, dir.resolve("var"), null).run(new DefaultApplicationArguments());

        assertThat(dir.resolve("var/admin-password")).hasContent("the winner's password");
        assertThat(Files.list(dir.resolve("var"))).hasSize(1);
        assertThat(output.getAll()).contains("created by another instance");
    }
}
