package jp.tokyo.mcc.staff.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff member signed in with a one-time password (the first administrator in local mode, or after a reset) does
 * nothing else before choosing their own: console and simulator pages lead to the password page, the APIs answer 403
 * {@code password_change_required} (but {@code POST /api/account/password}). Runs after Spring Security, with the
 * signed-in member known.
 */
@Component
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/console/account/password";
    private static final List<String> GUARDED = List.of("/console", "/api/", "/simulator");
    private static final List<String> OPEN = List.of(PASSWORD_PAGE, "/api/account/password", "/console/login",
            "/console/logout", "/console/css/",
            "/console/js/", "/simulator/line-api/");

    private final CurrentStaff current;

    PasswordChangeGate(CurrentStaff current) {
        this.current = current;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return GUARDED.stream().noneMatch(path::startsWith) || OPEN.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (current.get().map(StaffMember::passwordChangeRequired).orElse(false)) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/api/") || path.startsWith("/simulator/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"password_change_required\",\"detail\":\"choose your own "
                        + "password first (" + PASSWORD_PAGE + ")\"}");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
