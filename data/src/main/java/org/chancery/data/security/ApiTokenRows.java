package org.chancery.data.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.chancery.domain.security.ApiToken;
import org.chancery.domain.security.ApiTokenId;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps API token rows to the domain; the secret's hash stays in the row. */
@Mapper
interface ApiTokenRows {

    record ApiTokenRow(
            Long tokenId,
            String username,
            String label,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime revokedAt) {}

    @Mapping(target = "id", source = "tokenId")
    @Mapping(target = "owner", source = "username")
    ApiToken toToken(ApiTokenRow row);

    default ApiTokenId tokenId(Long value) {
        return new ApiTokenId(value);
    }

    default @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
