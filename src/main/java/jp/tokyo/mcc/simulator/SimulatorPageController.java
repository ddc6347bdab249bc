package jp.tokyo.mcc.simulator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The simulator's chat page (the page itself is static; it talks to {@link SimulatorApiController}). */
@Controller
@LocalModeOnly
class SimulatorPageController {

    @GetMapping({"/simulator", "/simulator/"})
    String page() {
        return "simulator/chat";
    }
}
