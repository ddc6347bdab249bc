package jp.tokyo.mcc.simulator;

import jp.tokyo.mcc.line.LineChannel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The simulator's chat page (the page itself is static; it talks to {@link SimulatorApiController}). It says whether
 * it runs in local mode or, for administrators, against the real bot (the families it plays never reach LINE).
 */
@Controller
class SimulatorPageController {

    private final LineChannel channel;

    SimulatorPageController(LineChannel channel) {
        this.channel = channel;
    }

    @GetMapping({"/simulator", "/simulator/"})
    String page(Model model) {
        model.addAttribute("localMode", channel.isLocalMode());
        return "simulator/chat";
    }
}
