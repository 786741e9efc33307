package org.chancery.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.chancery.domain.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A role as Spring Security sees it: one authority, {@code ROLE_CURATOR}. */
final class Authorities {

    private static final String PREFIX = "ROLE_";

    private Authorities() {}

    static List<GrantedAuthority> of(Role role) {
        return List.of(new SimpleGrantedAuthority(PREFIX + role.name()));
    }

    /** The highest role among {@code authorities}, if any. */
    static Optional<Role> role(Collection<? extends GrantedAuthority> authorities) {
        Role highest = null;
        for (GrantedAuthority authority : authorities) {
            Role role = role(authority);
            if (role != null && (highest == null || role.includes(highest))) {
                highest = role;
            }
        }
        return Optional.ofNullable(highest);
    }

    static boolean isRole(GrantedAuthority authority) {
        return role(authority) != null;
    }

    private static @Nullable Role role(GrantedAuthority authority) {
        String name = authority.getAuthority();
        if (name == null || !name.startsWith(PREFIX)) {
            return null;
        }
        try {
            return Role.valueOf(name.substring(PREFIX.length()));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
