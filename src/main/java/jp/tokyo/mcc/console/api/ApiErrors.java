package jp.tokyo.mcc.console.api;

import java.util.Map;

import jp.tokyo.mcc.admin.AdminFileException;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.reports.ReportException;
import jp.tokyo.mcc.staff.StaffAccountException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The staff API's errors as {@code {"error","detail"}} with a 4xx status, never a stack trace. */
@RestControllerAdvice(assignableTypes = {InquiryApiController.class, AttachmentApiController.class,
        StaffApiController.class, AdminFilesApiController.class, AccountApiController.class,
        ReportsApiController.class})
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InquiryException.class)
    ResponseEntity<Map<String, String>> inquiry(InquiryException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return body(status, e.code(), e.getMessage());
    }

    @ExceptionHandler(ReportException.class)
    ResponseEntity<Map<String, String>> report(ReportException e) {
        return body(e.reason() == ReportException.Reason.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST,
                e.code(), e.getMessage());
    }

    @ExceptionHandler(StaffAccountException.class)
    ResponseEntity<Map<String, String>> account(StaffAccountException e) {
        return switch (e.reason()) {
            case INVALID -> body(HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
            case DUPLICATE -> body(HttpStatus.CONFLICT, "duplicate", e.getMessage());
            case NOT_FOUND -> body(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
            case FORBIDDEN -> body(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
        };
    }

    /** A file with problems answers 422 {@code {"problems":[...]}} (CONTRACT.md); other refusals as usual. */
    @ExceptionHandler(AdminFileException.class)
    ResponseEntity<?> adminFile(AdminFileException e) {
        return switch (e.reason()) {
            case INVALID -> ResponseEntity.unprocessableEntity().body(e.problems().size() == 1
                    ? Map.of("problems", e.allProblems())
                    : Map.of("problems", e.allProblems(), "byPath", e.problems()));
            case NOT_FOUND -> body(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
            case NO_DRAFT -> body(HttpStatus.NOT_FOUND, "no_draft", e.getMessage());
            case BAD_REQUEST -> body(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
            case CONFLICT -> body(HttpStatus.CONFLICT, "conflict", e.getMessage());
        };
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", "not allowed for this account");
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> unreadable(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", "the request body or a parameter cannot be read");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(Exception e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "send application/json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(Exception e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        log.error("staff API failed: {}", e.getClass().getName(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "something went wrong; it was logged");
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String error, String detail) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("error", error, "detail", detail == null ? "" : detail));
    }
}
