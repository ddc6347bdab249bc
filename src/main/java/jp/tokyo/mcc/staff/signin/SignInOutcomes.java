package jp.tokyo.mcc.staff.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How each sign-in try ended, as Spring Security tells it: a wrong password (or an unknown username: the same event)
 * counts for the throttle; a successful console sign-in makes the browser known ({@link TrustedDevices}).
 */
@Component
class SignInOutcomes {

    private final SignInThrottle throttle;
    private final TrustedDevices devices;

    SignInOutcomes(SignInThrottle throttle, TrustedDevices devices) {
        this.throttle = throttle;
        this.devices = devices;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        SignInThrottle.Attempt attempt = attempt();
        if (attempt != null) {
            throttle.failed(attempt);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        SignInThrottle.Attempt attempt = attempt();
        if (attempt != null) {
            throttle.succeeded(attempt);
        }
    }

    /** Published for the console's form sign-in only (not for HTTP Basic). */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getResponse() != null) {
            HttpServletRequest request = current.getRequest();
            HttpServletResponse response = current.getResponse();
            devices.remember(request, response, event.getAuthentication().getName());
        }
    }

    private static SignInThrottle.Attempt attempt() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getRequest().getAttribute(SignInThrottleFilter.ATTEMPT) instanceof SignInThrottle.Attempt a
                ? a : null;
    }
}
