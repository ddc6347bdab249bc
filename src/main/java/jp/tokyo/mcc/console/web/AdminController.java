package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.NewStaffAccount;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffAccounts;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' page of accounts (create, disable, enable); the audit log is {@link AuditController}'s. */
@Controller
class AdminController {

    private final StaffAccounts accounts;
    private final CurrentStaff current;
    private final ConsoleMessages messages;

    AdminController(StaffAccounts accounts, CurrentStaff current, ConsoleMessages messages) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("centers", CenterId.values());
        return "console/admin-accounts";
    }

    @PostMapping("/console/admin/accounts")
    String create(@RequestParam String username, @RequestParam String password,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam String role,
                  @RequestParam(defaultValue = "") String center, RedirectAttributes flash) {
        try {
            accounts.create(current.require(), new NewStaffAccount(username, password, displayName,
                    StaffRole.fromCode(role).orElse(null), CenterId.fromCode(center).orElse(null)));
            flash.addFlashAttribute("info", messages.get("done.account-created", username));
        } catch (StaffAccountException e) {
            flash.addFlashAttribute("error", switch (e.reason()) {
                case DUPLICATE -> messages.get("refused.account-duplicate");
                case INVALID -> messages.get("refused.account-invalid", e.getMessage());
                default -> messages.get("refused.other");
            });
        }
        return "redirect:/console/admin/accounts";
    }

    @PostMapping("/console/admin/accounts/{id}/{action:enable|disable}")
    String enable(@PathVariable long id, @PathVariable String action, RedirectAttributes flash) {
        try {
            accounts.setEnabled(current.require(), id, "enable".equals(action));
            flash.addFlashAttribute("info", messages.get("enable".equals(action) ? "done.account-enabled"
                    : "done.account-disabled"));
        } catch (StaffAccountException e) {
            flash.addFlashAttribute("error", messages.get(e.reason() == StaffAccountException.Reason.INVALID
                    ? "refused.disable-own-account" : "refused.other"));
        }
        return "redirect:/console/admin/accounts";
    }

    /** A one-time password for a colleague, shown once to the administrator; the colleague changes it at sign-in. */
    @PostMapping("/console/admin/accounts/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        try {
            String username = accounts.find(id).map(StaffMember::username).orElse("");
            String oneTime = accounts.resetPassword(current.require(), id);
            flash.addFlashAttribute("info", messages.get("password.reset", username, oneTime));
        } catch (StaffAccountException e) {
            flash.addFlashAttribute("error", e.reason() == StaffAccountException.Reason.INVALID
                    ? messages.get("password.reset-self") : messages.get("refused.other"));
        }
        return "redirect:/console/admin/accounts";
    }
}
