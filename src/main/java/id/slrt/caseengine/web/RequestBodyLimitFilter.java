package id.slrt.caseengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies of the project's APIs, webhooks and citizen pages are limited ({@code slrt.http.max-body-size},
 * default 256 KB): a declared length above it is refused at once, and a chunked body is cut off when it passes the
 * limit. Either way the answer is 413 problem+json and nothing is written. The engine REST API (deployments of
 * diagrams) and the Camunda webapps keep their own limits.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final List<String> LIMITED = List.of("/api/", "/webhooks/", "/survei", "/app/");

    /** Thrown while reading a body that passes the limit; answered 413 by {@link ProblemHandler}. */
    public static class BodyTooLargeException extends IOException {
        public BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final long uploadLimit;
    private final ObjectMapper json;

    public RequestBodyLimitFilter(DataSize limit, ObjectMapper json) {
        this(limit, limit, json);
    }

    /** {@code uploadLimit}: for multipart/form-data bodies (file uploads), which check their files' sizes themselves. */
    public RequestBodyLimitFilter(DataSize limit, DataSize uploadLimit, ObjectMapper json) {
        this.limit = limit.toBytes();
        this.uploadLimit = Math.max(this.limit, uploadLimit.toBytes());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LIMITED.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long allowed = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                ? uploadLimit : limit;
        if (request.getContentLengthLong() > allowed) {
            // Tomcat would otherwise read (swallow) the whole body to keep the connection; closing is cheaper.
            response.setHeader("Connection", "close");
            write(response, problem(allowed), json);
            return;
        }
        chain.doFilter(new Limited(request, allowed), response);
    }

    public static ProblemDetail problem(long limit) {
        ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Isi permintaan terlalu besar",
                "body: isi permintaan paling besar " + (limit / 1024) + " KB; kirim data yang lebih ringkas "
                        + "(lampiran tidak dikirim lewat alamat ini)");
        problem.setProperty("errors", List.of(java.util.Map.of("field", "body", "code", "TOO_LARGE",
                "message", "isi permintaan paling besar " + (limit / 1024) + " KB")));
        return problem;
    }

    static void write(HttpServletResponse response, ProblemDetail problem, ObjectMapper json) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private void count(long n) throws BodyTooLargeException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            count(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
