package org.shouwang.access;

import java.time.OffsetDateTime;
import org.shouwang.shared.Department;

/**
 * A stored API key as administrators see it; {@code key} is the secret itself, present only in the answer that
 * created it (only its hash is kept).
 */
public record ApiKey(long id, String name, Department department, String departmentLabel, String regionCode,
        String keyPrefix, String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt,
        OffsetDateTime lastUsedAt, boolean active, String key) {
}
