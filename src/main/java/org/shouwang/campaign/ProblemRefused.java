package org.shouwang.campaign;

import java.util.List;
import org.shouwang.shared.Violation;

/**
 * A step the problem ledger will not take, with a stable code and a Chinese message the user can act on.
 *
 * @param roleRefusal whether the refusal is about who asks rather than what is asked (answered as 403)
 */
public class ProblemRefused extends RuntimeException {

    private final String code;
    private final boolean roleRefusal;
    private final List<Violation> violations;

    ProblemRefused(String code, String message, boolean roleRefusal, List<Violation> violations) {
        super(message);
        this.code = code;
        this.roleRefusal = roleRefusal;
        this.violations = List.copyOf(violations);
    }

    ProblemRefused(String code, String message, boolean roleRefusal) {
        this(code, message, roleRefusal, List.of());
    }

    /** Refuses a form with every broken rule listed; does nothing when there are none. */
    static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemRefused("VALIDATION_FAILED", "信息有 " + violations.size() + " 处错误，请按提示修改", false,
                    violations);
        }
    }

    static ProblemRefused because(String code, String message) {
        return new ProblemRefused(code, message, false);
    }

    static ProblemRefused notYours(String code, String message) {
        return new ProblemRefused(code, message, true);
    }

    static void require(boolean ok, String code, String message) {
        if (!ok) {
            throw because(code, message);
        }
    }

    public String code() {
        return code;
    }

    public boolean roleRefusal() {
        return roleRefusal;
    }

    public List<Violation> violations() {
        return violations;
    }
}
