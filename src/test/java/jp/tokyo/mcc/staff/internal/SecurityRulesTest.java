package jp.tokyo.mcc.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

    @Test
    void counsellorsSeeTheirCenterAndAdministratorsAll() {
        StaffMember kubu = new StaffMember(1, "k", "k", StaffRole.STAFF, CenterId.KUBU, true, null);
        StaffMember admin = new StaffMember(2, "a", "a", StaffRole.ADMIN, null, true, null);
        assertThat(kubu.canSee(CenterId.KUBU)).isTrue();
        assertThat(kubu.canSee(CenterId.TAMA)).isFalse();
        assertThat(admin.canSee(CenterId.TAMA)).isTrue();
        StaffMember locked = new StaffMember(3, "l", "l", StaffRole.STAFF, CenterId.TAMA, true,
                Instant.now().plusSeconds(60));
        assertThat(locked.isLocked(Instant.now())).isTrue();
        assertThat(locked.isLocked(Instant.now().plusSeconds(120))).isFalse();
        assertThat(new StaffPrincipal(locked, "x").isAccountNonLocked())
                .as("a lock left by the old lock-out no longer keeps anyone out: the sign-in throttle slows guessing")
                .isTrue();
    }

    @Test
    void usernamesAreRestricted() {
        assertThat(StaffAccountService.USERNAME.matcher("yamada.k@kubu").matches()).isTrue();
        assertThat(StaffAccountService.USERNAME.matcher("ab").matches()).isFalse();
        assertThat(StaffAccountService.USERNAME.matcher("山田").matches()).isFalse();
        assertThat(StaffAccountService.USERNAME.matcher("a b c").matches()).isFalse();
    }
}
