package org.chancery.admin.security;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: a plain form that works without JavaScript, posting to the application's security at
 * {@code POST /login} with the CSRF token. It tells a wrong name or password from too many attempts, and
 * neither tells whether the account exists.
 */
@Controller
class LoginController {

    static final String LOGIN_VIEW = "admin/login";

    private final SignInWait wait;

    LoginController(SignInWait wait) {
        this.wait = wait;
    }

    @GetMapping("/login")
    String show(@RequestParam Map<String, String> query, Model model) {
        boolean tooMany = query.containsKey("wait");
        boolean wrong = !tooMany && query.containsKey("error");
        if (tooMany) {
            model.addAttribute("waitMinutes", Math.max(1, wait.duration().toMinutes()));
        }
        model.addAttribute("wrong", wrong);
        model.addAttribute("signedOut", !tooMany && !wrong && query.containsKey("logout"));
        return LOGIN_VIEW;
    }
}
