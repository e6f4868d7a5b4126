package org.shouwang.assistance;

import java.util.EnumSet;
import java.util.Set;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Role;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** Who edits contact persons, plans and measures: the village clerk and the levels above; everyone in scope reads. */
final class AssistanceEditors {

    static final Set<Role> EDITORS = EnumSet.of(Role.VILLAGE_CLERK, Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER,
            Role.COUNTY_ADMIN);

    private AssistanceEditors() {
    }

    static boolean may(CurrentUser user) {
        return EDITORS.contains(user.role());
    }

    static void require(CurrentUser user) {
        if (!may(user)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "ASSISTANCE_FORBIDDEN",
                    "您的角色（" + user.role().label() + "）不能编辑帮扶联系人和帮扶措施");
        }
    }
}
