package org.chancery.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page: a plain form that works without JavaScript, posting to Spring Security at
 * {@code POST /login} with the CSRF token. It tells a wrong name or password from too many attempts, and
 * neither tells whether the account exists.
 */
@Controller
class LoginPage {

    private final ChancerySecurityProperties settings;

    LoginPage(ChancerySecurityProperties settings) {
        this.settings = settings;
    }

    @GetMapping("/login")
    ResponseEntity<String> show(CsrfToken csrf, HttpServletRequest request) {
        boolean wait = request.getParameterMap().containsKey("wait");
        boolean error = request.getParameterMap().containsKey("error");
        boolean logout = request.getParameterMap().containsKey("logout");
        String problem = null;
        if (wait) {
            problem = "Too many failed attempts to sign in. Wait %d minutes, then try again."
                    .formatted(Math.max(1, settings.signIn().window().toMinutes()));
        } else if (error) {
            problem = "The user name or the password is wrong.";
        }
        String notice = logout && problem == null ? "<p role=\"status\">You have signed out.</p>\n" : "";
        String summary = problem == null ? "" : """
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                  <h2 id="error-summary-title">There is a problem</h2>
                  <p><a href="#username">%s</a></p>
                </div>
                """.formatted(HtmlUtils.htmlEscape(problem));
        String page = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%sSign in – Chancery</title>
                </head>
                <body>
                <main>
                  <h1>Sign in</h1>
                  %s%s<form method="post" action="/login">
                    <p>
                      <label for="username">User name</label><br>
                      <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none"
                             spellcheck="false" required%s>
                    </p>
                    <p>
                      <label for="password">Password</label><br>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                    </p>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Sign in</button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(
                        problem == null ? "" : "Error: ",
                        notice,
                        summary,
                        problem == null ? "" : " aria-invalid=\"true\"",
                        HtmlUtils.htmlEscape(csrf.getParameterName()),
                        HtmlUtils.htmlEscape(csrf.getToken()));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(page);
    }
}
