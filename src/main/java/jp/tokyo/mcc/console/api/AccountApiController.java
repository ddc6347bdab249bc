package jp.tokyo.mcc.console.api;

import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every staff member's own account through the API: changing one's password (also with a one-time password, which
 * allows nothing else until it is changed).
 */
@RestController
@RequestMapping("/api/account")
class AccountApiController {

    record PasswordBody(String currentPassword, String newPassword) {
    }

    private final StaffAccounts accounts;
    private final CurrentStaff current;

    AccountApiController(StaffAccounts accounts, CurrentStaff current) {
        this.accounts = accounts;
        this.current = current;
    }

    /** 204 when changed; 400 when the new password is refused by the policy; 403 when the current one is wrong. */
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody(required = false) PasswordBody body) {
        if (body == null || body.currentPassword() == null || body.newPassword() == null) {
            throw new StaffAccountException(StaffAccountException.Reason.INVALID,
                    "send {\"currentPassword\",\"newPassword\"}");
        }
        accounts.changeOwnPassword(current.require(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
