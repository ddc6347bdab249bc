package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.MessageLimitException;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.OutgoingMessages;
import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handling of one family event: the safety check first (any state, any text), then the counsellors' desk (a
 * family with an open inquiry talks to the counsellor: the inquiry takes the event), then the engine; the new state
 * and the one reply are stored together (the caller's transaction).
 */
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final ConversationEngine engine;
    private final ConversationStore store;
    private final Outbox outbox;
    private final Supplier<SafetyCheck> safety;
    private final Supplier<CounsellorDesk> desk;
    private final Clock clock;

    public ConversationService(ConversationEngine engine, ConversationStore store, Outbox outbox,
                               Supplier<SafetyCheck> safety, Supplier<CounsellorDesk> desk, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.outbox = outbox;
        this.safety = safety;
        this.desk = desk;
        this.clock = clock;
    }

    public void handle(IncomingEvent event) {
        SafetyAlert alert = null;
        SafetyCheck check = safety.get();
        if (event.isText() && check != null) {
            alert = check.check(event.text()).orElse(null);
        }
        CounsellorDesk counsellors = desk.get();
        boolean familyMessage = event.kind() == IncomingEvent.Kind.MESSAGE || event.kind() == IncomingEvent.Kind.POSTBACK;
        if (counsellors != null && familyMessage && counsellors.takeOver(event, alert != null)) {
            if (alert != null) {
                outbox.reply(event, alert.messages().stream()
                        .map(t -> (OutgoingMessage) new OutgoingMessage.Text(t)).toList());
            }
            store.load(event.userId()).ifPresent(s -> {
                s.lastActivity(clock.instant());
                store.save(s);
            });
            return;
        }
        ConversationState state = store.load(event.userId()).orElse(null);
        ConversationEngine.Outcome outcome = engine.handle(state, event, alert, clock.instant());
        if (outcome.state() != null) {
            store.save(outcome.state());
        }
        List<OutgoingMessage> messages = outcome.messages();
        if (messages.isEmpty()) {
            return;
        }
        try {
            OutgoingMessages.prepare(messages);
        } catch (MessageLimitException e) {
            // a flow text that passed the validator but broke a limit once filled in: say something safe
            log.error("the reply in {}:{} breaks LINE's limits ({}); a fallback was sent",
                    outcome.state() == null ? "?" : outcome.state().flowId(),
                    outcome.state() == null ? "?" : outcome.state().stateId(), e.getMessage());
            messages = List.of(new OutgoingMessage.Text(engine.texts.get("fallback")));
        }
        outbox.reply(event, messages);
    }
}
