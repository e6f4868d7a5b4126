package org.shouwang.shared.internal;

import java.util.List;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal into RFC 9457 problem details with a stable {@code code} and Chinese text, so that
 * a clerk reads what to fix and a department's program can branch on the code. Nothing should reach the user as a bare 500.
 */
@RestControllerAdvice
class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    @ExceptionHandler(ProblemException.class)
    ProblemDetail refused(ProblemException e) {
        return problem(e.status(), e.code(), e.getMessage(), e.violations());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "文件过大，单个文件不能超过 60 MB，请拆分后上传", List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badUpload(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "UPLOAD_MALFORMED", "上传内容不完整或格式不正确，请重新选择文件上传", List.of());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, IllegalArgumentException.class})
    ProblemDetail malformed(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "请求格式不正确：" + shortText(e), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "地址不存在", List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "VERSION_CONFLICT", "该记录已被他人修改，请刷新后再改", List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "DUPLICATE_OR_CONFLICT", "与已有数据冲突（例如证件号码已在其他户中登记）", List.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请稍后重试或联系管理员", List.of());
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String detail, List<Violation> violations) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(detail);
        p.setProperty("code", code);
        p.setProperty("errors", violations);
        return p;
    }

    private static String shortText(Exception e) {
        String m = e instanceof HttpMessageNotReadableException ? "JSON 无法解析" : String.valueOf(e.getMessage());
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
