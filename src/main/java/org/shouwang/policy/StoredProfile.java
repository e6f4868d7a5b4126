package org.shouwang.policy;

import java.time.OffsetDateTime;
import org.shouwang.policy.PolicyProfile.ProfileRef;
import tools.jackson.databind.JsonNode;

/** A profile as stored: its own parameters (not merged with the profiles above it), version and last change. */
public record StoredProfile(ProfileRef ref, String shippedKey, JsonNode parameters, int version, String updatedBy,
        OffsetDateTime updatedAt) {
}
