package org.chancery.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.Digests;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Texts;
import org.chancery.domain.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * The use cases of accounts: users and their roles (admins only), signing in with a password, and API
 * tokens. Failed attempts to sign in are counted per client address and per user name; past the
 * {@link SignInLimits} further attempts are refused for a while, in words that do not tell whether the
 * account exists. An address that fails too often waits, for every account. An account under attack is
 * slowed, not locked: each address that has failed on it may try once per window, while an address that
 * has not failed on it signs in as always, so that attacking an account never keeps its owner out.
 */
public final class AccountAdministration {

    /** What every API token secret starts with, so that a leaked one is easy to recognise. */
    public static final String TOKEN_PREFIX = "chy_";

    public static final int MIN_PASSWORD = 12;

    /** The hashers in use read no further than 72 bytes: what was typed past them would not count. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public static final int MAX_LABEL = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 200;
    private static final int MAX_RECORDED_NAME = 64;
    private static final String WRONG = "The user name or the password is wrong";

    private final Users users;
    private final ApiTokens tokens;
    private final PasswordHasher hasher;
    private final SignInFailures failures;
    private final SignInLimits limits;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A hash that no password matches, checked for unknown users so that they take as long as known ones. */
    private volatile @Nullable String decoy;

    public AccountAdministration(
            Users users,
            ApiTokens tokens,
            PasswordHasher hasher,
            SignInFailures failures,
            SignInLimits limits,
            Transactions transactions,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.failures = failures;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds a user who may sign in with {@code password}. Admins only. A user an admin adds chooses their own
     * password when they first sign in; one the system adds (the first admin, from the environment) does not.
     */
    public User createUser(Actor actor, @Nullable String username, @Nullable Role role, @Nullable String password) {
        return createUser(actor, username, role, password, !actor.equals(Actor.SYSTEM));
    }

    /** {@link #createUser(Actor, String, Role, String)}, saying whether the password is the user's own. */
    public User createUser(
            Actor actor,
            @Nullable String username,
            @Nullable Role role,
            @Nullable String password,
            boolean passwordChangeRequired) {
        actor.require(Role.ADMIN, "add users");
        String name = username(username);
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role");
        }
        User user = new User(name, role, false, passwordChangeRequired);
        String hash = hasher.hash(password(password));
        return transactions.inTransaction(() -> {
            if (!users.create(user, hash)) {
                throw new InvalidInputException("username", "There is already a user named " + name);
            }
            return user;
        });
    }

    /**
     * Changes a user's role, disables or enables the account, or sets a new password: each where given.
     * Admins only; the last admin who is not disabled stays an admin and stays enabled. A password an admin
     * sets for someone else must be changed by its user when they next sign in.
     */
    public User updateUser(
            Actor actor, String username, @Nullable Role role, @Nullable Boolean disabled, @Nullable String password) {
        actor.require(Role.ADMIN, "change users");
        String hash = password == null ? null : hasher.hash(password(password));
        return transactions.inTransaction(() -> {
            users.lockAll();
            User current = users.find(username).orElseThrow(() -> new NotFoundException(username));
            User next = current.change(role, disabled, hash == null ? null : !username.equals(actor.username()));
            if (current.activeAdmin() && !next.activeAdmin() && otherActiveAdmins(username) == 0) {
                throw new InvalidInputException(
                        next.role() == Role.ADMIN ? "disabled" : "role",
                        "%s is the last admin: make another user an admin first".formatted(username));
            }
            users.update(next, hash);
            return next;
        });
    }

    /**
     * Sets the actor's own password, given the one they have: a wrong one counts as a failed sign-in. Every
     * other session of theirs ends; {@code keptSession}, the one they changed it from, stays signed in.
     */
    public void changePassword(
            Actor actor,
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String clientAddress,
            @Nullable String keptSession) {
        actor.require(Role.READER, "change your password");
        String username = actor.author();
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInputException("currentPassword", "Enter your current password");
        }
        String hash;
        try {
            hash = hasher.hash(password(newPassword));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("newPassword", e.getMessage());
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidInputException("newPassword", "Choose a password other than your current one");
        }
        try {
            signIn(username, currentPassword, clientAddress);
        } catch (AccessRefusedException e) {
            throw new InvalidInputException(
                    "currentPassword", e.anonymous() ? "Your current password is not this one" : e.getMessage());
        }
        transactions.inTransaction(() -> {
            // as updateUser does, so that an admin's change of the same account at once is not undone
            users.lockAll();
            User user = users.find(username).orElseThrow(() -> new NotFoundException(username));
            users.update(user.change(null, null, false), hash, keptSession);
            return user;
        });
    }

    /** Whether the actor signed in with a password someone else set, which they must change first. */
    public boolean passwordChangeRequired(Actor actor) {
        String username = actor.username();
        return username != null
                && users.find(username).map(User::passwordChangeRequired).orElse(false);
    }

    /** The user named {@code username}. Admins only. */
    public User user(Actor actor, String username) {
        actor.require(Role.ADMIN, "see the users");
        return users.find(username).orElseThrow(() -> new NotFoundException(username));
    }

    /** Every user, by name. Admins only. */
    public List<User> users(Actor actor) {
        actor.require(Role.ADMIN, "see the users");
        return users.list();
    }

    /**
     * Checks a user name and password, as signing in does, and gives the actor they belong to. Refuses a
     * wrong name or password, a disabled account, and any attempt from {@code clientAddress} once it failed
     * too often recently (see above); with no address known, the limit per account holds for everyone.
     */
    public Actor signIn(String username, String password, @Nullable String clientAddress) {
        String name = recorded(username);
        String address = clientAddress == null ? null : recorded(clientAddress);
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        if (throttled(name, address, since)) {
            throw new AccessRefusedException(
                    false,
                    "Too many failed attempts to sign in. Wait %d minutes, then try again."
                            .formatted(Math.max(1, limits.window().toMinutes())));
        }
        Optional<User> user = USERNAME.matcher(username).matches() ? users.find(username) : Optional.empty();
        String hash = user.flatMap(u -> users.passwordHash(u.username())).orElseGet(this::decoy);
        boolean matches = fits(password) && hasher.matches(password, hash);
        if (!matches || user.isEmpty() || user.get().disabled()) {
            failures.record(name, address, now);
            failures.forgetBefore(since);
            throw new AccessRefusedException(true, WRONG);
        }
        failures.clear(name, address);
        return user.get().actor();
    }

    private boolean throttled(String name, @Nullable String address, Instant since) {
        int forAccount = failures.countForAccount(name, since);
        if (address == null) {
            return forAccount >= limits.perAccount();
        }
        if (failures.countFromAddress(address, since) >= limits.perAddress()) {
            return true;
        }
        int allowed = forAccount >= limits.perAccount() ? 1 : limits.perAccount();
        return failures.countForAccountFrom(name, address, since) >= allowed;
    }

    /**
     * Issues an API token to the user who gives their password, refused as {@link #signIn} refuses. The
     * answer holds the token's secret, which is never shown again: only its SHA-256 is kept.
     *
     * @param clientAddress the address the request came from, or {@code null} if unknown (then only the
     *     limit per account applies)
     */
    public NewApiToken createApiToken(
            String username, String password, @Nullable String label, @Nullable String clientAddress) {
        String text = Texts.required("label", label, MAX_LABEL);
        Actor owner = signIn(username, password, clientAddress);
        if (passwordChangeRequired(owner)) {
            throw new AccessRefusedException(
                    false, "Choose your own password on your account page first: it was set by an admin");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.add(owner.author(), text, sha256(secret));
        return new NewApiToken(secret, token);
    }

    /** Revokes a token: its secret no longer signs anyone in. Its owner or an admin only. */
    public ApiToken revokeApiToken(Actor actor, ApiTokenId id) {
        actor.require(Role.READER, "revoke an API token");
        return transactions.inTransaction(() -> {
            ApiToken token = tokens.find(id).orElseThrow(() -> new NotFoundException(id));
            if (!token.owner().equals(actor.username()) && !actor.role().includes(Role.ADMIN)) {
                throw new AccessRefusedException(false, "Only its owner or an admin may revoke API token " + id);
            }
            if (!token.revoked()) {
                tokens.revoke(id);
            }
            return tokens.find(id).orElseThrow(() -> new NotFoundException(id));
        });
    }

    /** The actor's own API tokens, revoked ones included, newest first. */
    public List<ApiToken> tokens(Actor actor) {
        actor.require(Role.READER, "see your API tokens");
        return tokens.ownedBy(actor.author());
    }

    /** The API tokens of {@code username}, revoked ones included, newest first. Admins only. */
    public List<ApiToken> tokensOf(Actor actor, String username) {
        actor.require(Role.ADMIN, "see other users' API tokens");
        return tokens.ownedBy(username);
    }

    /**
     * The actor a bearer token's secret stands for; empty for an unknown or revoked token, or one whose
     * owner is disabled or gone.
     */
    public Optional<Actor> authenticateToken(String secret) {
        if (!secret.startsWith(TOKEN_PREFIX) || secret.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return tokens.findByHash(sha256(secret))
                .filter(token -> !token.revoked())
                .flatMap(token -> users.find(token.owner()))
                .filter(user -> !user.disabled())
                .map(User::actor);
    }

    /** The SHA-256 of an API token's secret, as {@link ApiTokens} keeps it. */
    public static String sha256(String secret) {
        return Digests.sha256(secret);
    }

    private long otherActiveAdmins(String username) {
        return users.list().stream()
                .filter(User::activeAdmin)
                .filter(u -> !u.username().equals(username))
                .count();
    }

    private static String username(@Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "Enter a user name");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username", "Use 3 to 40 characters for a user name: lower-case letters, digits, '.', '_' or '-'");
        }
        if (username.equals(Actor.SYSTEM.username())) {
            throw new InvalidInputException(
                    "username", "%s is the name the registry writes its own changes under".formatted(username));
        }
        return username;
    }

    private static String password(@Nullable String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new InvalidInputException(
                    "password", "Use a password of at least %d characters".formatted(MIN_PASSWORD));
        }
        if (!fits(password)) {
            throw new InvalidInputException(
                    "password",
                    "Shorten the password to at most %d bytes (%d letters without accents)"
                            .formatted(MAX_PASSWORD_BYTES, MAX_PASSWORD_BYTES));
        }
        return password;
    }

    private static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /** A name or address as counted for throttling: cut short, since no account name is that long. */
    private static String recorded(String text) {
        return text.length() <= MAX_RECORDED_NAME ? text : text.substring(0, MAX_RECORDED_NAME);
    }

    private String decoy() {
        String hash = decoy;
        if (hash == null) {
            byte[] bytes = new byte[TOKEN_BYTES];
            random.nextBytes(bytes);
            hash = hasher.hash(HexFormat.of().formatHex(bytes).substring(0, MAX_PASSWORD_BYTES / 2));
            decoy = hash;
        }
        return hash;
    }
}
