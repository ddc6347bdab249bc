package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffAccountException;
import jp.tokyo.mcc.staff.StaffAccounts;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every staff member's own account: changing the password (required first after a one-time password). */
@Controller
class AccountController {

    private final StaffAccounts accounts;
    private final CurrentStaff current;
    private final ConsoleMessages messages;

    AccountController(StaffAccounts accounts, CurrentStaff current, ConsoleMessages messages) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/account/password")
    String form(Model model) {
        model.addAttribute("me", current.require());
        return "console/account-password";
    }

    @PostMapping("/console/account/password")
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmPassword, RedirectAttributes flash) {
        StaffMember me = current.require();
        if (!newPassword.equals(confirmPassword)) {
            flash.addFlashAttribute("error", messages.get("password.mismatch"));
            return "redirect:/console/account/password";
        }
        try {
            accounts.changeOwnPassword(me, currentPassword, newPassword);
        } catch (StaffAccountException e) {
            flash.addFlashAttribute("error", switch (e.reason()) {
                case FORBIDDEN -> messages.get("password.wrong-current");
                case INVALID -> messages.get("password.invalid", e.getMessage());
                default -> messages.get("password.failed");
            });
            return "redirect:/console/account/password";
        }
        flash.addFlashAttribute("info", messages.get("password.changed"));
        return "redirect:/console";
    }
}
