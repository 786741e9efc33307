package org.chancery.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the user {@code admin} when the server starts with no user at all, with the password from
 * {@code CHANCERY_ADMIN_PASSWORD}, or else a generated one written to a file only its owner may read. The
 * password is never logged. Of instances starting together over one database, the database lets one
 * create the user; the others find it there and leave its password alone.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "CHANCERY_ADMIN_PASSWORD";
    static final String PASSWORD_FILE = "admin-password";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int GENERATED_BYTES = 24;

    private final AccountAdministration accounts;
    private final Users users;
    private final Path directory;
    private final @Nullable String givenPassword;

    @Autowired
    FirstAdmin(
            AccountAdministration accounts, Users users, ChancerySecurityProperties settings, Environment environment) {
        this(accounts, users, settings.adminPasswordDirectory(), environment.getProperty(PASSWORD_VARIABLE));
    }

    FirstAdmin(AccountAdministration accounts, Users users, Path directory, @Nullable String givenPassword) {
        this.accounts = accounts;
        this.users = users;
        this.directory = directory;
        this.givenPassword = givenPassword == null || givenPassword.isEmpty() ? null : givenPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.list().isEmpty()) {
            return;
        }
        if (givenPassword != null) {
            if (create(givenPassword, false)) {
                log.info("Created the user {} with the password from {}", USERNAME, PASSWORD_VARIABLE);
            }
            return;
        }
        String password = generate();
        Path file = directory.resolve(PASSWORD_FILE).toAbsolutePath();
        // written before the user exists, so that a password nobody could read is never set
        Path draft = writeOwnerOnly(password);
        try {
            if (create(password, true)) {
                Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                log.warn(
                        "Created the user {} with a generated password, written to {} (readable by its owner only)."
                                + " Sign in with it at /login: you will then choose your own at /admin/account."
                                + " Or set {} before the first start.",
                        USERNAME,
                        file,
                        PASSWORD_VARIABLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not move the generated password of %s to %s".formatted(USERNAME, file), e);
        } finally {
            deleteQuietly(draft);
        }
    }

    /** Whether this instance created the user; {@code false} when another one did meanwhile. */
    private boolean create(String password, boolean generated) {
        try {
            accounts.createUser(Actor.SYSTEM, USERNAME, Role.ADMIN, password, generated);
            return true;
        } catch (InvalidInputException e) {
            if (!e.field().equals("username")) {
                throw new UnusablePassword(e.getMessage());
            }
            log.info("The user {} was created by another instance meanwhile", USERNAME);
            return false;
        }
    }

    /** The password given in {@link #PASSWORD_VARIABLE} breaks a rule: the server does not start. */
    static final class UnusablePassword extends IllegalStateException {
        UnusablePassword(String rule) {
            super("%s is not a usable password. %s.".formatted(PASSWORD_VARIABLE, rule));
        }
    }

    /** Says why the start stopped in a line and what to do, instead of a stack trace. */
    static final class UnusablePasswordAnalyzer extends AbstractFailureAnalyzer<UnusablePassword> {
        @Override
        protected FailureAnalysis analyze(Throwable root, UnusablePassword cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Set %s to a password of at least %d characters, or leave it unset to have one generated"
                                    .formatted(PASSWORD_VARIABLE, AccountAdministration.MIN_PASSWORD)
                            + " into var/admin-password.",
                    cause);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Path writeOwnerOnly(String password) {
        try {
            Files.createDirectories(directory);
            boolean posix =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Path draft = posix
                    ? Files.createTempFile(
                            directory, PASSWORD_FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(directory, PASSWORD_FILE, ".tmp");
            Files.writeString(draft, password + System.lineSeparator(), StandardCharsets.UTF_8);
            return draft;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the generated password of %s under %s; set %s instead"
                            .formatted(USERNAME, directory.toAbsolutePath(), PASSWORD_VARIABLE),
                    e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover draft holds a password that was never set
        }
    }
}
