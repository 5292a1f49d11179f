package id.slrt.caseengine.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.slrt.caseengine.platform.DatabaseAvailability;
import id.slrt.caseengine.platform.DatabaseFailures;
import id.slrt.caseengine.platform.DatabaseUnavailableFilter;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeDataMissingException;
import id.slrt.caseengine.system.Problems;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns client mistakes into 4xx problem documents that name the field and the reason. */
@RestControllerAdvice(basePackages = "id.slrt.caseengine")
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(Problems.invalid(e.issues()));
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Tidak ditemukan", e.getMessage()));
    }

    /** A method-level {@code @PreAuthorize} refusal; without this the catch-all below would answer 500. */
    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Tidak berwenang",
                "Peran Anda tidak mengizinkan tindakan ini"));
    }

    private final DatabaseAvailability database;

    public ProblemHandler(DatabaseAvailability database) {
        this.database = database;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        RequestBodyLimitFilter.BodyTooLargeException tooLarge = find(e, RequestBodyLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return problem(RequestBodyLimitFilter.problem(maxBody(tooLarge)));
        }
        if (DatabaseFailures.isConnectionFailure(e)) {
            database.reportFailure(e);
            log.error("Database unreachable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "15")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(DatabaseUnavailableFilter.problem());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OfficeDataMissingException missing) {
                log.error("Office reference data missing: {}", missing.getMessage());
                return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, missing.type(), missing.title(),
                        missing.getMessage()));
            }
        }
        log.error("Unexpected failure", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Kesalahan pada server",
                "Permintaan tidak dapat diproses karena kesalahan pada server; tidak ada data yang disimpan. "
                        + "Silakan coba lagi atau hubungi administrator."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        RequestBodyLimitFilter.BodyTooLargeException tooLarge = find(ex, RequestBodyLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(RequestBodyLimitFilter.problem(maxBody(tooLarge)));
        }
        FieldIssue issue = describe(ex.getMostSpecificCause(), ex);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.invalid(List.of(issue)));
    }

    /** A query parameter or path segment of the wrong kind ({@code page=abc}, {@code open=mungkin}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type == null ? "" : " (seharusnya " + (type == Boolean.class || type == boolean.class
                ? "true atau false" : kindOf(type)) + ")";
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.invalid(List.of(new FieldIssue(field == null ? "parameter" : field, "INVALID_VALUE",
                        "nilai '" + shorten(String.valueOf(ex.getValue())) + "' tidak sesuai jenis isian" + expected))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.invalid(List.of(new FieldIssue(ex.getParameterName(), "REQUIRED",
                        ex.getParameterName() + " wajib diisi"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String supported = ex.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Jenis isi tidak didukung",
                        "Content-Type: kirim isi sebagai " + (supported.isEmpty() ? "application/json" : supported)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Metode tidak didukung",
                        "Alamat ini tidak menerima " + ex.getMethod()));
    }

    private static long maxBody(RequestBodyLimitFilter.BodyTooLargeException e) {
        String digits = e.getMessage().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    static String shorten(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static FieldIssue describe(Throwable cause, HttpMessageNotReadableException ex) {
        if (cause instanceof JsonParseException parse) {
            // Broken JSON, also when the parser was already inside a field (a value cut off, a missing quote).
            String where = ex.getCause() instanceof JsonMappingException mapping && !path(mapping).isEmpty()
                    ? ", di isian '" + path(mapping) + "'" : "";
            return new FieldIssue("body", "MALFORMED_JSON", "isi permintaan bukan JSON yang valid (baris "
                    + parse.getLocation().getLineNr() + ", kolom " + parse.getLocation().getColumnNr() + where + ")");
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !(ex.getCause() instanceof JsonParseException)) {
            String field = path(mapping);
            if (mapping instanceof UnrecognizedPropertyException unknown) {
                return new FieldIssue(field, "UNKNOWN_FIELD",
                        "isian '" + unknown.getPropertyName() + "' tidak dikenal; periksa ejaan nama isian");
            }
            if (mapping instanceof InvalidFormatException format) {
                Class<?> target = format.getTargetType();
                if (target != null && target.isEnum()) {
                    String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", "));
                    return new FieldIssue(field, "NOT_ALLOWED",
                            "nilai '" + shorten(String.valueOf(format.getValue())) + "' tidak dikenal; pilihan: " + allowed);
                }
                if (target == LocalDate.class) {
                    return new FieldIssue(field, "INVALID_DATE",
                            "tanggal '" + shorten(String.valueOf(format.getValue()))
                                    + "' tidak valid; gunakan format TTTT-BB-HH, misalnya 1985-03-12");
                }
                String expected = target == null ? "" : " (seharusnya " + kindOf(target) + ")";
                return new FieldIssue(field, "WRONG_TYPE", "nilai '" + shorten(String.valueOf(format.getValue()))
                        + "' tidak sesuai jenis isian" + expected);
            }
            if (mapping instanceof MismatchedInputException mismatch) {
                Class<?> target = mismatch.getTargetType();
                String expected = target == null ? "" : " (seharusnya " + kindOf(target) + ")";
                return new FieldIssue(field.isEmpty() ? "body" : field, "WRONG_TYPE", "jenis nilai salah" + expected);
            }
            return new FieldIssue(field.isEmpty() ? "body" : field, "INVALID_VALUE", "nilai tidak dapat dibaca");
        }
        if (cause instanceof JsonParseException parse) {
            return new FieldIssue("body", "MALFORMED_JSON", "isi permintaan bukan JSON yang valid (baris "
                    + parse.getLocation().getLineNr() + ", kolom " + parse.getLocation().getColumnNr() + ")");
        }
        return new FieldIssue("body", "UNREADABLE_BODY", "isi permintaan kosong atau tidak dapat dibaca sebagai JSON");
    }

    private static String kindOf(Class<?> target) {
        if (target == String.class) {
            return "teks";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "angka";
        }
        if (target == LocalDate.class) {
            return "tanggal TTTT-BB-HH";
        }
        if (target.isEnum()) {
            return "salah satu pilihan";
        }
        return "objek JSON";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
