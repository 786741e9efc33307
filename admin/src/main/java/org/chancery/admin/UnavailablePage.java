package org.chancery.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.domain.Failures;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the registry's database cannot answer, a curator page is a 503 that says so and keeps what the
 * curator sent: the page ({@code error/503}) shows a form's values and sends them again, unchanged, with
 * one button. It wraps everything that reads the database for a page, the session included, so a failure
 * anywhere in it is caught; and it renders the page itself, with the request's session hidden, as an error
 * page rendered the usual way would look the session up again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class UnavailablePage extends OncePerRequestFilter {

    private static final String VIEW = "error/503";

    private final Failures failures;
    private final ITemplateEngine templates;

    UnavailablePage(Failures failures, ITemplateEngine templates) {
        this.failures = failures;
        this.templates = templates;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals("/") || path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !failures.isOutage(failure)) {
                throw failure;
            }
            failures.failed(request.getMethod() + " " + request.getRequestURI(), failure);
            response.reset();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, "10");
            response.setContentType("text/html;charset=UTF-8");
            Map<String, Object> page = new HashMap<>();
            page.put("path", path(request));
            page.put("_csrf", request.getAttribute("_csrf"));
            if ("POST".equals(request.getMethod())) {
                page.put("keptInput", kept(request));
            }
            HttpServletRequest sessionless = new HttpServletRequestWrapper(request) {
                @Override
                public @Nullable HttpSession getSession(boolean create) {
                    return null;
                }

                @Override
                public @Nullable HttpSession getSession() {
                    return null;
                }
            };
            IWebExchange exchange = JakartaServletWebApplication.buildApplication(getServletContext())
                    .buildExchange(sessionless, response);
            templates.process(VIEW, new WebContext(exchange, Locale.ENGLISH, page), response.getWriter());
        }
    }

    /** What the form sent, but its CSRF token, which the page sends anew, and any password. */
    private static List<Map.Entry<String, String>> kept(HttpServletRequest request) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.toLowerCase(Locale.ROOT).contains("password")) {
                for (String value : values) {
                    fields.add(Map.entry(name, value));
                }
            }
        });
        return fields;
    }

    /** The path decoded, as Spring MVC matches it. */
    private static String path(HttpServletRequest request) {
        return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    }
}
