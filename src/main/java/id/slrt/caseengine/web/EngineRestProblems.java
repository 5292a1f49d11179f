package id.slrt.caseengine.web;

import id.slrt.caseengine.system.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ParamException;

/**
 * Every refusal of the engine REST API as a problem document ({@code application/problem+json}): an Indonesian
 * title for the status, what went wrong as {@code detail}, the same text as {@code message} (what Tasklist,
 * Cockpit and Camunda Modeler show), and never an exception class name. Query parameters that cannot be read
 * answer 400 naming the parameter, not Jersey's 404 or the database's 500.
 */
public final class EngineRestProblems {

    public static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");
    /** "org.camunda.bpm.engine.SomeException: " and the like, which engine messages sometimes start with. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b(?::\\s*)?");
    private static final List<String> PAGING = List.of("firstResult", "maxResults");
    static final int MAX_RESULTS = 10_000;

    private EngineRestProblems() {
    }

    public static Map<String, Object> problem(int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.BASE + slug(status));
        problem.put("title", title(status));
        problem.put("status", status);
        String text = clean(detail);
        if (text == null) {
            text = title(status);
        }
        problem.put("detail", text);
        problem.put("message", text);
        return problem;
    }

    public static Response response(int status, String detail) {
        return Response.status(status).type(PROBLEM).entity(problem(status, detail)).build();
    }

    /** Camunda's "Cannot convert value abc to java type java.lang.Integer", said for people. */
    private static final Pattern CONVERSION =
            Pattern.compile("Cannot convert value \\\\?\"?([^\"\\\\]*?)\\\\?\"? to java type java\\.\\w+\\.(\\w+)");

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String text = CONVERSION.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "nilai '" + m.group(1) + "' bukan " + kind(m.group(2))));
        return CLASS_NAME.matcher(text).replaceAll("").strip();
    }

    private static String kind(String javaType) {
        return switch (javaType) {
            case "Integer", "Long", "Short" -> "bilangan bulat";
            case "Double", "Float" -> "angka";
            case "Boolean" -> "ya/tidak (true atau false)";
            case "Date" -> "tanggal dan jam (misalnya 2026-12-07T09:00:00.000+0700)";
            default -> "nilai yang sesuai";
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak valid";
            case 401 -> "Perlu masuk";
            case 403 -> "Tidak berwenang";
            case 404 -> "Tidak ditemukan";
            case 405 -> "Metode tidak diizinkan";
            case 406, 415 -> "Jenis isi tidak didukung";
            case 409 -> "Konflik dengan perubahan lain";
            case 413 -> "Permintaan terlalu besar";
            case 429 -> "Terlalu banyak permintaan";
            case 503 -> "Layanan sedang tidak tersedia";
            default -> status >= 500 ? "Kesalahan pada server" : "Permintaan ditolak";
        };
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }

    /** Rewrites every error answer of the engine REST API into a problem document. */
    @Priority(1)
    public static class AsProblems implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            int status = response.getStatus();
            if (status < 400 || PROBLEM.isCompatible(response.getMediaType())) {
                return;
            }
            Object entity = response.getEntity();
            String message;
            if (entity instanceof ExceptionDto dto) {
                message = dto.getMessage();
            } else if (entity instanceof Map<?, ?> map && map.get("message") != null) {
                message = String.valueOf(map.get("message"));
            } else if (entity instanceof String text) {
                message = text.lines().findFirst().orElse(text);
            } else {
                message = null;
            }
            if (status >= 500 && status != 503) {
                message = "Terjadi kesalahan pada server; coba lagi atau hubungi administrator";
            } else if (message != null && message.startsWith("HTTP ")) {
                message = null;
            }
            response.setEntity(problem(status, message), null, PROBLEM);
        }
    }

    /** {@code firstResult} and {@code maxResults} must be whole numbers from 0 (the database fails otherwise). */
    @Priority(1)
    public static class PagingParameters implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
            for (String name : PAGING) {
                String value = query.getFirst(name);
                if (value != null && !value.matches("\\d{1,9}")) {
                    request.abortWith(response(400, "Parameter '" + name + "' harus bilangan bulat 0 atau lebih, "
                            + "bukan '" + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "'"));
                    return;
                }
            }
        }
    }

    /** A query or path parameter of the wrong type (a word where a number belongs). */
    @Priority(1)
    public static class ParameterMapper implements ExceptionMapper<ParamException> {
        @Override
        public Response toResponse(ParamException exception) {
            return response(400, "Parameter '" + exception.getParameterName() + "' tidak dapat dibaca: nilainya "
                    + "tidak sesuai jenis yang diminta");
        }
    }
}
