package jp.tokyo.mcc.console.api;

import java.net.URI;
import java.util.List;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.NewStaffAccount;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffAccounts;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts (administrators only; docs/contract.md {@code POST /api/staff}). */
@RestController
@RequestMapping("/api/staff")
class StaffApiController {

    record NewAccountBody(String username, String password, String center, String role, String displayName) {
    }

    record AccountJson(long id, String username, String displayName, String role, String center, boolean enabled) {
        static AccountJson of(StaffMember m) {
            return new AccountJson(m.id(), m.username(), m.displayName(), m.role().name(),
                    m.center() == null ? null : m.center().code(), m.enabled());
        }
    }

    private final StaffAccounts accounts;
    private final CurrentStaff current;

    StaffApiController(StaffAccounts accounts, CurrentStaff current) {
        this.accounts = accounts;
        this.current = current;
    }

    @GetMapping
    List<AccountJson> list() {
        current.require();
        return accounts.list().stream().map(AccountJson::of).toList();
    }

    @PostMapping
    ResponseEntity<AccountJson> create(@RequestBody(required = false) NewAccountBody body) {
        StaffMember actor = current.require();
        if (body == null) {
            throw new StaffAccountException(StaffAccountException.Reason.INVALID,
                    "send {\"username\",\"password\",\"center\",\"role\"}");
        }
        StaffRole role = body.role() == null || body.role().isBlank() ? StaffRole.STAFF
                : StaffRole.fromCode(body.role()).orElseThrow(() -> new StaffAccountException(
                StaffAccountException.Reason.INVALID, "role must be STAFF or ADMIN"));
        CenterId center = body.center() == null || body.center().isBlank() ? null
                : CenterId.fromCode(body.center()).orElseThrow(() -> new StaffAccountException(
                StaffAccountException.Reason.INVALID, "center must be kubu or tama"));
        StaffMember created = accounts.create(actor,
                new NewStaffAccount(body.username(), body.password(), body.displayName(), role, center));
        return ResponseEntity.created(URI.create("/api/staff/" + created.id())).body(AccountJson.of(created));
    }

    @PostMapping("/{id}/disable")
    AccountJson disable(@PathVariable long id) {
        return AccountJson.of(accounts.setEnabled(current.require(), id, false));
    }

    /** A one-time password for a colleague (never one's own), to be changed at their next sign-in. */
    @PostMapping("/{id}/reset-password")
    java.util.Map<String, String> resetPassword(@PathVariable long id) {
        StaffMember actor = current.require();
        String oneTime = accounts.resetPassword(actor, id);
        return java.util.Map.of("username", accounts.find(id).map(StaffMember::username).orElse(""),
                "temporaryPassword", oneTime);
    }

    @PostMapping("/{id}/enable")
    AccountJson enable(@PathVariable long id) {
        return AccountJson.of(accounts.setEnabled(current.require(), id, true));
    }
}
