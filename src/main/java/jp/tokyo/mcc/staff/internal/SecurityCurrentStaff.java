package jp.tokyo.mcc.staff.internal;

import java.util.Optional;

import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in staff member, re-read from the table so a disabled account loses access at once. */
@Component
class SecurityCurrentStaff implements CurrentStaff {

    private final StaffAccountRows store;

    SecurityCurrentStaff(StaffAccountRows store) {
        this.store = store;
    }

    @Override
    public Optional<StaffMember> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return store.byUsername(auth.getName()).filter(StaffMember::enabled);
    }

    @Override
    public StaffMember require() {
        return get().orElseThrow(() -> new AccessDeniedException("no enabled staff account"));
    }
}
