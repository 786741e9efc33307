package org.chancery.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.chancery.domain.AccessRefusedException;
import org.junit.jupiter.api.Test;

class ActorTests {

    private static final Actor CURATOR = Actor.user("olga", Role.CURATOR);
    private static final Actor ADMIN = Actor.user("ada", Role.ADMIN);
    private static final Actor READER = Actor.user("rita", Role.READER);

    @Test
    void anAnonymousActorIsAskedToSignIn() {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> Actor.ANONYMOUS.curator("correct a claim"))
                .satisfies(e -> assertThat(e.anonymous()).isTrue())
                .withMessage("Sign in to correct a claim");
    }

    @Test
    void aReaderIsToldOnlyACuratorMay() {
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> READER.curator("correct a claim"))
                .satisfies(e -> assertThat(e.anonymous()).isFalse())
                .withMessage("Only a curator may correct a claim");
    }

    @Test
    void curatorsAndAdminsMayCurateUnderTheirOwnName() {
        assertThat(CURATOR.curator("correct a claim")).isEqualTo("olga");
        assertThat(ADMIN.curator("correct a claim")).isEqualTo("ada");
    }

    @Test
    void onlyAnAdminMayDoWhatNeedsAnAdmin() {
        ADMIN.require(Role.ADMIN, "edit the vocabulary");
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> CURATOR.require(Role.ADMIN, "edit the vocabulary"))
                .satisfies(e -> assertThat(e.anonymous()).isFalse())
                .withMessageContaining("may edit the vocabulary");
    }

    @Test
    void anAnonymousActorIsAskedToSignInWhateverItsRole() {
        Actor nobody = new Actor(null, Role.ADMIN);

        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(() -> nobody.require(Role.READER, "read drafts"))
                .satisfies(e -> assertThat(e.anonymous()).isTrue());
    }

    @Test
    void aReaderMayDoWhatNeedsAReader() {
        READER.require(Role.READER, "read drafts");
    }

    @Test
    void theAuthorIsTheUserName() {
        assertThat(READER.author()).isEqualTo("rita");
        assertThat(Actor.SYSTEM.author()).isEqualTo("chancery");
        assertThatExceptionOfType(AccessRefusedException.class)
                .isThrownBy(Actor.ANONYMOUS::author)
                .satisfies(e -> assertThat(e.anonymous()).isTrue())
                .withMessage("Sign in to change the registry");
    }

    @Test
    void onlyAnActorWithoutAUserNameIsAnonymous() {
        assertThat(Actor.ANONYMOUS.anonymous()).isTrue();
        assertThat(Actor.ANONYMOUS.role()).isEqualTo(Role.READER);
        assertThat(READER.anonymous()).isFalse();
        assertThat(Actor.SYSTEM.anonymous()).isFalse();
        assertThat(Actor.SYSTEM.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aUserHasAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.user(" ", Role.CURATOR));
        assertThatNullPointerException().isThrownBy(() -> new Actor("olga", null));
    }

    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertThat(Role.ADMIN.includes(Role.ADMIN)).isTrue();
        assertThat(Role.ADMIN.includes(Role.CURATOR)).isTrue();
        assertThat(Role.ADMIN.includes(Role.READER)).isTrue();
        assertThat(Role.CURATOR.includes(Role.CURATOR)).isTrue();
        assertThat(Role.CURATOR.includes(Role.READER)).isTrue();
        assertThat(Role.CURATOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.READER.includes(Role.READER)).isTrue();
        assertThat(Role.READER.includes(Role.CURATOR)).isFalse();
    }
}
