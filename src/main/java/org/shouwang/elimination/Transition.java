package org.shouwang.elimination;

import java.time.OffsetDateTime;
import java.util.Map;
import org.shouwang.access.Role;

/** One transition of a case or request: who took which step when, with what, and the state before and after. */
public record Transition(String step, String actor, Role role, OffsetDateTime at, String comment, String before,
        String after, Map<String, Object> details) {
}
