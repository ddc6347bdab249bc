package jp.tokyo.mcc.staff.internal;

import java.util.Collection;
import java.util.List;

import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff account as Spring Security sees it: authority ROLE_STAFF or ROLE_ADMIN. */
record StaffPrincipal(StaffMember member, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    /**
     * Never locked: a lock that a run of wrong passwords sets off locks the real user out as well. Guessing is slowed
     * by the sign-in throttle instead ({@code staff.signin.SignInThrottle}), which a known browser passes.
     */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return member.enabled();
    }
}
