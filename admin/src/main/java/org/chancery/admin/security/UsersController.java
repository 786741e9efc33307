package org.chancery.admin.security;

import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormError;
import org.chancery.admin.FormErrors;
import org.chancery.admin.FormInput;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.User;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users, for admins: add one with a role and a first password; change a user's role, disable or
 * enable their account, set a new password; see and revoke their API tokens.
 */
@Controller
class UsersController {

    static final String LIST_VIEW = "admin/security/users";
    static final String USER_VIEW = "admin/security/user";

    private final AccountAdministration accounts;
    private final CurrentCurator curator;
    private final FormInput formInput;

    UsersController(AccountAdministration accounts, CurrentCurator curator, FormInput formInput) {
        this.accounts = accounts;
        this.curator = curator;
        this.formInput = formInput;
    }

    @ModelAttribute("roles")
    List<Role> roles() {
        return List.of(Role.values());
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.users(curator.actor()));
        return LIST_VIEW;
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String password,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = curator.actor();
        try {
            User created = accounts.createUser(actor, username, role(role), password);
            redirect.addFlashAttribute("flash", "users.flash.created");
            return "redirect:/admin/users/" + created.username();
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", FormErrors.of(FormError.of(refused)));
            model.addAttribute("username", username);
            model.addAttribute("role", role);
            return list(model);
        }
    }

    @GetMapping("/admin/users/{username}")
    String show(@PathVariable String username, Model model) {
        Actor actor = curator.actor();
        model.addAttribute("user", accounts.user(actor, username));
        model.addAttribute("tokens", accounts.tokensOf(actor, username));
        return USER_VIEW;
    }

    @PostMapping("/admin/users/{username}")
    String update(
            @PathVariable String username,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String disabled,
            @RequestParam(required = false) @Nullable String password,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.updateUser(
                    curator.actor(),
                    username,
                    role(role),
                    disabled != null,
                    StringUtils.hasLength(password) ? password : null);
            redirect.addFlashAttribute("flash", "users.flash.updated");
            return "redirect:/admin/users/" + username;
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", FormErrors.of(FormError.of(refused)));
            return show(username, model);
        }
    }

    private @Nullable Role role(@Nullable String role) {
        return formInput.optionalChoice("role", role, Role.class, "input.role");
    }
}
