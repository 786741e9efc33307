package org.chancery.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormError;
import org.chancery.admin.FormErrors;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.ApiToken;
import org.chancery.domain.security.ApiTokenId;
import org.chancery.domain.security.NewApiToken;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: their password, their API tokens, a new one (its secret shown on this
 * one page and never again), and revoking a token, theirs or, for an admin, anyone's.
 */
@Controller
class AccountController {

    static final String VIEW = "admin/security/account";

    private final AccountAdministration accounts;
    private final CurrentCurator curator;

    AccountController(AccountAdministration accounts, CurrentCurator curator) {
        this.accounts = accounts;
        this.curator = curator;
    }

    @GetMapping("/admin/account")
    String show(Model model) {
        Actor actor = curator.actor();
        model.addAttribute("tokens", accounts.tokens(actor));
        model.addAttribute("passwordChangeRequired", accounts.passwordChangeRequired(actor));
        return VIEW;
    }

    /** Sets the user's own password; their other sessions end, this one stays signed in. */
    @PostMapping("/admin/account/password")
    String changePassword(
            @RequestParam(required = false) @Nullable String currentPassword,
            @RequestParam(required = false) @Nullable String newPassword,
            HttpServletRequest request,
            RedirectAttributes redirect,
            Model model) {
        HttpSession session = request.getSession(false);
        try {
            accounts.changePassword(
                    curator.actor(),
                    currentPassword,
                    newPassword,
                    request.getRemoteAddr(),
                    session == null ? null : session.getId());
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", FormErrors.of(FormError.of(refused)));
            return show(model);
        }
        redirect.addFlashAttribute("flash", "account.flash.password");
        return "redirect:/admin/account";
    }

    @PostMapping("/admin/account/tokens")
    String create(
            @RequestParam(required = false) @Nullable String label,
            @RequestParam(required = false) @Nullable String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Actor actor = curator.actor();
        try {
            NewApiToken token = accounts.createApiToken(
                    actor.author(), password == null ? "" : password, label, request.getRemoteAddr());
            // the secret is on this page only: no cache may keep it
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("created", token);
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", FormErrors.of(FormError.of(refused)));
            model.addAttribute("label", label);
        } catch (AccessRefusedException refused) {
            model.addAttribute("errors", FormErrors.of(new FormError("password", refused.getMessage())));
            model.addAttribute("label", label);
        }
        return show(model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        Actor actor = curator.actor();
        ApiToken token = accounts.revokeApiToken(actor, tokenId(id));
        redirect.addFlashAttribute("flash", "account.flash.revoked");
        return token.owner().equals(actor.username())
                ? "redirect:/admin/account"
                : "redirect:/admin/users/" + token.owner();
    }

    private static ApiTokenId tokenId(String id) {
        try {
            return ApiTokenId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(id);
        }
    }
}
