package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.inquiry.MessageDelivery;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * A counsellor message's delivery in words a counsellor understands ({@code console.delivery.*}): LINE's HTTP status
 * and the kind of refusal the outbox recognised, mapped to a plain Japanese reason and what to do about it.
 */
@Component("deliveryWords")
public class DeliveryWords {

    private final ConsoleMessages messages;

    DeliveryWords(ConsoleMessages messages) {
        this.messages = messages;
    }

    /** 送信中, LINEに届けました, 送れませんでした. */
    public String state(MessageDelivery delivery) {
        return messages.get("delivery." + delivery.state().name());
    }

    /** Why LINE refused it, plainly; null unless refused. */
    public String reason(MessageDelivery delivery) {
        if (delivery.state() != MessageDelivery.State.REFUSED) {
            return null;
        }
        Integer status = delivery.httpStatus();
        String kind = delivery.reasonKind();
        if (kind != null) {
            try {
                return messages.get("delivery.reason." + kind);
            } catch (NoSuchMessageException unknown) {
                // fall back to the status
            }
        }
        if (status == null) {
            return messages.get("delivery.reason.no-answer");
        }
        if (status >= 500) {
            return messages.get("delivery.reason.5xx");
        }
        try {
            return messages.get("delivery.reason." + status);
        } catch (NoSuchMessageException unknown) {
            return messages.get("delivery.reason.other", status);
        }
    }
}
