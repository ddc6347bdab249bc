package jp.tokyo.mcc.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's login page (Spring Security processes the form). */
@Controller
class LoginController {

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }
}
