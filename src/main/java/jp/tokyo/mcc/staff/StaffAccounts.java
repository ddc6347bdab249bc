package jp.tokyo.mcc.staff;

import java.util.List;
import java.util.Optional;

/** Staff accounts. Changes are for administrators only and are written to the audit log. */
public interface StaffAccounts {

    List<StaffMember> list();

    Optional<StaffMember> find(String username);

    Optional<StaffMember> find(long id);

    /** Creates an account; refused unless {@code actor} is an administrator. */
    StaffMember create(StaffMember actor, NewStaffAccount account);

    /** Enables (also clearing a lock-out) or disables an account; an administrator cannot disable themself. */
    StaffMember setEnabled(StaffMember actor, long id, boolean enabled);

    /** Changes the actor's own password (the current one must be given); a required change is then done. */
    void changeOwnPassword(StaffMember actor, String currentPassword, String newPassword);

    /**
     * Gives a colleague's account a new one-time password (administrators only; not their own), which the colleague
     * must change at the next sign-in; a lock-out is cleared. Returns the one-time password, to be handed over once.
     */
    String resetPassword(StaffMember actor, long id);
}
