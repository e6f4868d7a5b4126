package org.shouwang.shared;

import org.springframework.http.HttpStatus;

/**
 * A step or request a procedure will not take (identification, elimination, ...), with a stable code and a Chinese
 * message the user can act on. Thrown by the plain-Java aggregates, which know nothing of HTTP; the service turns it
 * into a problem with {@link #toProblem()}.
 */
public class Refused extends RuntimeException {

    private final String code;
    private final boolean roleRefusal;

    public Refused(String code, String message) {
        this(code, message, false);
    }

    /** @param roleRefusal whether the refusal is about who asks rather than what is asked (answered as 403) */
    public Refused(String code, String message, boolean roleRefusal) {
        super(message);
        this.code = code;
        this.roleRefusal = roleRefusal;
    }

    public String code() {
        return code;
    }

    public boolean roleRefusal() {
        return roleRefusal;
    }

    /** 403 when the user's role may not take the step, 422 when the step itself is refused. */
    public ProblemException toProblem() {
        return new ProblemException(roleRefusal ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT, code, getMessage());
    }

    public static void require(boolean ok, String code, String message) {
        if (!ok) {
            throw new Refused(code, message);
        }
    }
}
