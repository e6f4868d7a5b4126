package org.shouwang.identification;

import java.time.OffsetDateTime;
import java.util.Map;
import org.shouwang.access.Role;

/** One transition of a case: who took which step when, with what, and the state before and after. */
public record StepRecord(CaseStep step, String actor, Role role, OffsetDateTime at, String comment, CaseState before,
        CaseState after, Map<String, Object> details) {
}
