package org.chancery.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NodeId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every curator page gets: the signed-in curator's name for the layout and whether they are an admin,
 * a 404 page for an id that names nothing, and an error page that says what happened in general terms and
 * leaks nothing else (the details go to the log).
 */
@ControllerAdvice(basePackageClasses = AdminAdvice.class)
class AdminAdvice {

    static final String NOT_FOUND_VIEW = "error/404";
    static final String ERROR_VIEW = "error";

    private static final Logger log = LoggerFactory.getLogger(AdminAdvice.class);

    private final CurrentCurator curator;

    AdminAdvice(CurrentCurator curator) {
        this.curator = curator;
    }

    /** A form's lists grow no further than {@link FormRowLimit} lets them. */
    @InitBinder
    void boundLists(WebDataBinder binder) {
        FormRowLimit.bound(binder);
    }

    @ModelAttribute("curator")
    @Nullable
    String curator() {
        return curator.actor().username();
    }

    /** Whether the user may administer users and the vocabulary, for the links only: the use cases decide. */
    @ModelAttribute("admin")
    boolean admin() {
        return curator.actor().role().includes(Role.ADMIN);
    }

    /** Whether the user may change the registry, so that no page offers a reader a control that refuses them. */
    @ModelAttribute("mayCurate")
    boolean mayCurate() {
        return curator.actor().role().includes(Role.CURATOR);
    }

    /** No refused input, until a submission is refused. */
    @ModelAttribute("errors")
    FormErrors errors() {
        return FormErrors.NONE;
    }

    @ModelAttribute("notice")
    Notice notice(HttpServletRequest request) {
        return Notice.of(request);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException missing) {
        ModelAndView page = page(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
        page.addObject("missing", missing.id());
        return page;
    }

    /** Input a page cannot use, such as a search longer than its bound: the domain's words say why. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException invalid) {
        ModelAndView page = page(ERROR_VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("problem", invalid.getMessage());
        return page;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ModelAndView refused(AccessRefusedException refused) {
        return page(ERROR_VIEW, HttpStatus.FORBIDDEN);
    }

    /** Text in a URL that is no id of the kind its place wants names nothing: the 404 page. */
    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView mismatched(TypeMismatchException mismatch, HttpServletRequest request) {
        Class<?> wanted = mismatch.getRequiredType();
        if (wanted != null && NodeId.class.isAssignableFrom(wanted)) {
            return notFound(new NotFoundException(String.valueOf(mismatch.getValue())));
        }
        return failed(mismatch, request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request) {
        HttpStatusCode status = failure instanceof ErrorResponse response
                ? response.getStatusCode()
                : failure instanceof TypeMismatchException ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("Could not serve {} {}", request.getMethod(), request.getRequestURI(), failure);
        }
        return page(status.value() == 404 ? NOT_FOUND_VIEW : ERROR_VIEW, status);
    }

    private ModelAndView page(String view, HttpStatusCode status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("curator", curator());
        page.addObject("admin", admin());
        page.addObject("mayCurate", mayCurate());
        page.addObject("status", status.value());
        page.addObject("notice", new Notice(null, null));
        return page;
    }
}
