package org.shouwang.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the system refuses, with a stable code and a Chinese message; rendered as RFC 9457 problem details.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<Violation> violations;

    public ProblemException(HttpStatus status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ProblemException(HttpStatus status, String code, String message, List<Violation> violations) {
        super(message);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED",
                "信息有 " + violations.size() + " 处错误，请按提示修改", violations);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + "不存在或不在您的管辖范围内");
    }

    public static ProblemException conflict(String message) {
        return new ProblemException(HttpStatus.CONFLICT, "VERSION_CONFLICT", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Violation> violations() {
        return violations;
    }
}
