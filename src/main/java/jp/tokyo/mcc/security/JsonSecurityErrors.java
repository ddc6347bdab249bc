package jp.tokyo.mcc.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** The staff API's 401 and 403 answers as JSON {@code {"error","detail"}}, never a redirect or an HTML page. */
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"mcc-staff\", charset=\"UTF-8\"");
        String detail = e instanceof org.springframework.security.authentication.LockedException
                ? "the account is locked for a while after repeated failed logins"
                : e instanceof org.springframework.security.authentication.DisabledException
                ? "the account is disabled"
                : "sign in with HTTP Basic or the console's session";
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(response, HttpServletResponse.SC_FORBIDDEN, "csrf",
                    "a session request needs the CSRF token (X-CSRF-TOKEN header or _csrf parameter)");
        } else {
            write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "your role does not allow this");
        }
    }

    private void write(HttpServletResponse response, int status, String error, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail);
        json.writeValue(response.getOutputStream(), body);
    }
}
