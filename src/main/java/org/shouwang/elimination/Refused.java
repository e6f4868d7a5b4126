package org.shouwang.elimination;

/**
 * A step or request the procedure will not take, with a stable code and a Chinese message the user can act on.
 *
 * @param roleRefusal whether the refusal is about who asks rather than what is asked (answered as 403)
 */
public class Refused extends RuntimeException {

    private final String code;
    private final boolean roleRefusal;

    public Refused(String code, String message) {
        this(code, message, false);
    }

    Refused(String code, String message, boolean roleRefusal) {
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

    static void require(boolean ok, String code, String message) {
        if (!ok) {
            throw new Refused(code, message);
        }
    }
}
