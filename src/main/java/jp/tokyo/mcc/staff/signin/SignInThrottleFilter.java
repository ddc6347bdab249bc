package jp.tokyo.mcc.staff.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Ahead of Spring Security: a sign-in try (the console's login form, or HTTP Basic on any request) that must wait
 * ({@link SignInThrottle}) is answered 429 with Retry-After, before the password is looked at. Otherwise the try goes on
 * and {@link SignInOutcomes} counts how it ended. The client address is the servlet's remote address: behind a TLS
 * proxy the one it forwarded ({@code server.forward-headers-strategy=native}, trusted proxies only).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String ATTEMPT = SignInThrottleFilter.class.getName() + ".attempt";
    static final String LOGIN_PATH = "/console/login";

    private final SignInThrottle throttle;
    private final TrustedDevices devices;
    private final MessageSource texts;

    SignInThrottleFilter(SignInThrottle throttle, TrustedDevices devices, MessageSource texts) {
        this.throttle = throttle;
        this.devices = devices;
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + LOGIN_PATH);
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        SignInThrottle.Attempt attempt = new SignInThrottle.Attempt(request.getRemoteAddr(), username,
                devices.trustedFor(request, username));
        Duration wait = throttle.waitFor(attempt);
        if (!wait.isZero()) {
            tooManyTries(response, form, Math.max(1, (wait.toMillis() + 999) / 1000));
            return;
        }
        request.setAttribute(ATTEMPT, attempt);
        chain.doFilter(request, response);
    }

    /** The username of an {@code Authorization: Basic} header, or null. */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private void tooManyTries(HttpServletResponse response, boolean form, long seconds) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (form) {
            String message = HtmlUtils.htmlEscape(texts.getMessage("staff.sign-in.wait", new Object[] {seconds}, Locale.JAPAN));
            String back = HtmlUtils.htmlEscape(texts.getMessage("staff.sign-in.back", null, Locale.JAPAN));
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>" + back + "</title><link rel=\"stylesheet\" "
                    + "href=\"/console/css/console.css\"></head><body class=\"login\"><main class=\"login-box\">"
                    + "<p class=\"flash error\" role=\"alert\">" + message + "</p><p><a href=\"" + LOGIN_PATH + "\">" + back
                    + "</a></p></main></body></html>");
        } else {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"too_many_attempts\",\"detail\":\"too many failed sign-ins: try again in "
                    + seconds + " s (Retry-After)\"}");
        }
    }
}
