package id.slrt.caseengine.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused by {@link LoginThrottle}: answered 429 with Retry-After. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(String user, Duration retryAfter) {
        super(LoginThrottle.message(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
