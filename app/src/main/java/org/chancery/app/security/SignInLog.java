package org.chancery.app.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Each refused password sign-in, logged on one line with the user name tried and the client's address, and
 * counted ({@code chancery.sign.in.failures}, tagged {@code wrong} or {@code throttled}). The name is
 * logged as typed, cut short and with control characters replaced, so that it cannot forge a log line.
 */
@Component
class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    /** The most characters of a user name logged. */
    private static final int NAME = 64;

    private final MeterRegistry meters;

    SignInLog(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        String reason = event.getException() instanceof LockedException ? "throttled" : "wrong";
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        meters.counter("chancery.sign.in.failures", "reason", reason).increment();
        log.warn("Sign-in refused ({}) for user name \"{}\" from {}", reason, printable(attempt.getName()), address);
    }

    private static String printable(String name) {
        String cut = name.length() > NAME ? name.substring(0, NAME) + "…" : name;
        return cut.codePoints()
                .map(c -> Character.isISOControl(c) || c == '"' ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
