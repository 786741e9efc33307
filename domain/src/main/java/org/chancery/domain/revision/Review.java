package org.chancery.domain.revision;

import java.time.Instant;

/**
 * A second curator's check of one revision.
 *
 * @param objectId the object: {@code E17}, {@code S7} or {@code C1234}
 * @param revision the revision checked
 * @param reviewer who checked it
 * @param reviewedAt when
 */
public record Review(String objectId, int revision, String reviewer, Instant reviewedAt) {}
