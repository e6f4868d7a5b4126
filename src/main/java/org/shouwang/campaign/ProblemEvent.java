package org.shouwang.campaign;

import java.time.OffsetDateTime;
import java.util.Map;
import org.shouwang.access.Role;

/** One step in a problem's history: who took which action when, with what comment, and what changed. */
public record ProblemEvent(ProblemAction action, String actionLabel, String actor, Role role, OffsetDateTime at,
        String comment, ProblemStatus before, ProblemStatus after, Map<String, Object> changes) {

    ProblemEvent(ProblemAction action, String actor, Role role, OffsetDateTime at, String comment, ProblemStatus before,
            ProblemStatus after, Map<String, Object> changes) {
        this(action, action.label(), actor, role, at, comment, before, after, changes);
    }
}
