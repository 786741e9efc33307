package org.chancery.domain.revision;

import java.time.Instant;
import org.chancery.domain.NodeId;

/**
 * A second curator's check of one revision.
 *
 * @param objectId the object
 * @param revision the revision checked
 * @param reviewer who checked it
 * @param reviewedAt when
 */
public record Review(NodeId objectId, int revision, String reviewer, Instant reviewedAt) {}
