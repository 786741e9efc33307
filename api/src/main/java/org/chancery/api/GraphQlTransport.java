package org.chancery.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chancery.domain.Failures;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every answer of {@code /graphql} in the error contract, whoever refuses the request: a body over
 * its limit is refused before it is read (413); a status set without a body
 * (the bearer-token check, CSRF, an unreadable or batched body, a wrong content type, a rate limit) gets
 * the contract's body for that status; and a failure that escapes everything else is an INTERNAL_ERROR
 * whose id is in the log. The classification is repeated as {@code extensions.code}.
 *
 * <p>The limit is {@code chancery.graphql.max-request-size} for a curator, who may store a source's long
 * text, and {@code max-anonymous-request-size} for everyone else: no read needs more, so nobody but a
 * curator can make the server read megabytes. Which one applies is known once the request is
 * authenticated, when its body is first read; a request that carries no credential at all, or a declared
 * length over the larger limit, is refused at once.
 */
final class GraphQlTransport extends OncePerRequestFilter {

    /**
     * A request attribute with the words to answer a refusal in, for code that refuses a request by its
     * HTTP status only.
     */
    static final String MESSAGE = GraphQlTransport.class.getName() + ".message";

    private static final String OVERSIZE = GraphQlTransport.class.getName() + ".oversize";
    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final long maxRequestSize;
    private final long maxAnonymousRequestSize;
    private final String retryAfter;
    private final Supplier<Actor> actor;
    private final JsonMapper json;
    private final Failures failures;

    GraphQlTransport(GraphQlLimits limits, Supplier<Actor> actor, JsonMapper json, Failures failures) {
        this.maxRequestSize = limits.maxRequestSize().toBytes();
        this.maxAnonymousRequestSize = limits.maxAnonymousRequestSize().toBytes();
        this.retryAfter = Long.toString(Math.max(1, limits.retryAfter().toSeconds()));
        this.actor = actor;
        this.json = json;
        this.failures = failures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/graphql"
                .equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean credentials =
                request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.COOKIE) != null;
        if (length > maxRequestSize || (!credentials && length > maxAnonymousRequestSize)) {
            request.setAttribute(OVERSIZE, credentials ? maxRequestSize : maxAnonymousRequestSize);
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        FormInput answer = new FormInput(request, response);
        try {
            chain.doFilter(new Bounded(request), answer);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            if (request.getAttribute(OVERSIZE) != null) {
                response.resetBuffer();
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            String id = failures.failed(request.getMethod() + " /graphql", failure);
            response.resetBuffer();
            if (failures.isOutage(failure)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
                write(
                        request,
                        response,
                        HttpStatus.SERVICE_UNAVAILABLE.value(),
                        "UNAVAILABLE",
                        "The registry cannot answer now: try again shortly (" + id + ")",
                        id);
            } else {
                write(
                        request,
                        response,
                        HttpStatus.INTERNAL_SERVER_ERROR.value(),
                        "INTERNAL_ERROR",
                        "Something went wrong on the server; it is logged as " + id,
                        id);
            }
            return;
        }
        if (answer.status() >= 400 && !answer.wrote() && !response.isCommitted()) {
            refuse(request, response, answer.status());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        if (request.getAttribute(OVERSIZE) != null) {
            status = HttpStatus.CONTENT_TOO_LARGE.value();
        }
        String classification = classification(status);
        Object message = request.getAttribute(MESSAGE);
        String text = message != null ? message.toString() : message(status, request.getAttribute(OVERSIZE));
        failures.refused(request.getMethod() + " /graphql", classification, text);
        write(request, response, status, classification, text, null);
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String classification,
            String message,
            @Nullable String id)
            throws IOException {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", classification);
        extensions.put("code", classification);
        if (id != null) {
            extensions.put("id", id);
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        MediaType type = accept != null && accept.contains(GRAPHQL_RESPONSE.toString())
                ? GRAPHQL_RESPONSE
                : MediaType.APPLICATION_JSON;
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(error)));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private String message(int status, @Nullable Object limit) {
        return switch (status) {
            case 400 ->
                "The request is not a GraphQL request: send one JSON object in UTF-8 with the query as"
                        + " \"query\" (a batch of several is not supported)";
            case 401 ->
                "The bearer token is unknown, revoked or malformed: send a valid one, or none to read as"
                        + " the public";
            case 403 ->
                "Refused: a request that carries a session cookie must carry its CSRF token as the"
                        + " X-XSRF-TOKEN header";
            case 404 -> "Nothing is here";
            case 405 -> "Send queries with GET or POST, and mutations with POST";
            case 406 -> "Accept application/json or application/graphql-response+json";
            case 413 ->
                limit instanceof Long bytes && bytes == maxAnonymousRequestSize
                        ? "The request is larger than %d bytes, the most anyone but a curator may send".formatted(bytes)
                        : "The request is larger than %d bytes, the most a request may be".formatted(maxRequestSize);
            case 415 -> "Send the request as application/json";
            case 429 -> "Too many requests: wait as long as Retry-After says, then try again";
            case 503 -> "The registry cannot answer now: try again as Retry-After says";
            default -> status >= 500 ? "Something went wrong on the server" : "The request cannot be served";
        };
    }

    /** The contract's classification of an answer with HTTP status {@code status}. */
    static String classification(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    /** Holds back the bodies others would give a refusal, so that the contract's is written instead. */
    private static final class FormInput extends HttpServletResponseWrapper {

        private int status = HttpStatus.OK.value();
        private boolean wrote;

        FormInput(HttpServletRequest request, HttpServletResponse response) {
            super(response);
        }

        int status() {
            return status;
        }

        boolean wrote() {
            return wrote;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) {
            setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            setStatus(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            wrote = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            wrote = true;
            return super.getWriter();
        }
    }

    /**
     * The request body, read no further than the limit of whoever sends it, known by the time it is read;
     * reading past it marks the request as too large.
     */
    private final class Bounded extends HttpServletRequestWrapper {

        private long limit;
        private @Nullable ServletInputStream stream;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                Actor sender = actor.get();
                limit = !sender.anonymous() && sender.role().includes(Role.CURATOR)
                        ? maxRequestSize
                        : maxAnonymousRequestSize;
                stream = new Limited(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8.name() : encoding));
        }

        private final class Limited extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            Limited(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                    setAttribute(OVERSIZE, limit);
                    throw new IOException("The request body is larger than the limit");
                }
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
}
