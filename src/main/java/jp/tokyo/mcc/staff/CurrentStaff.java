package jp.tokyo.mcc.staff;

import java.util.Optional;

/** The staff member of the current request (HTTP Basic or console session), read fresh from the accounts. */
public interface CurrentStaff {

    Optional<StaffMember> get();

    /** The signed-in, enabled staff member; otherwise an {@link org.springframework.security.access.AccessDeniedException}. */
    StaffMember require();
}
