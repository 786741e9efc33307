package org.chancery.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.entity.EntityDraft;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rows a form's lists may have: no more than the longest list the domain accepts and one more, which
 * the domain refuses in its own words. A crafted form with a row beyond that is refused before it is bound,
 * as binding would first make room for every row up to it.
 */
@Component
class FormRowLimit implements WebMvcConfigurer, HandlerInterceptor {

    static final int MAX_ROWS = 1
            + Math.max(
                    Math.max(EntityDraft.MAX_ALIASES, EntityDraft.MAX_EXTERNAL_IDS),
                    Math.max(ClaimDraft.MAX_CITATIONS, ClaimDraft.MAX_QUALIFIERS));

    private static final Pattern ROW = Pattern.compile("([\\w.]*)\\[(\\d+)]");

    /** Lets a form's lists grow to {@link #MAX_ROWS}. */
    static void bound(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (String name : Collections.list(request.getParameterNames())) {
            Matcher row = ROW.matcher(name);
            while (row.find()) {
                if (row.group(2).length() > 6 || Integer.parseInt(row.group(2)) >= MAX_ROWS) {
                    throw new InvalidInputException(
                            row.group(1), "A form holds at most %d rows of a list".formatted(MAX_ROWS));
                }
            }
        }
        return true;
    }
}
