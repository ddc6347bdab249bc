package jp.tokyo.mcc.staff.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for HTTP Basic and the console's form login. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRows store;

    StaffUserDetailsService(StaffAccountRows store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.credentials(username)
                .map(c -> new StaffPrincipal(c.member(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
