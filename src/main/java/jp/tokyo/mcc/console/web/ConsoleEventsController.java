package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The console's server-sent event stream. */
@RestController
class ConsoleEventsController {

    private final ConsoleEvents events;
    private final CurrentStaff current;

    ConsoleEventsController(ConsoleEvents events, CurrentStaff current) {
        this.events = events;
        this.current = current;
    }

    @GetMapping(path = "/console/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return events.subscribe(current.require());
    }
}
