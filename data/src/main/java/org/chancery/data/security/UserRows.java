package org.chancery.data.security;

import org.chancery.domain.security.User;
import org.mapstruct.Mapper;

/** Maps account rows to users and back; the password hash stays in the row. */
@Mapper
interface UserRows {

    record UserRow(String username, String role, Boolean disabled, Boolean passwordChangeRequired) {}

    User toUser(UserRow row);

    UserRow toRow(User user);
}
