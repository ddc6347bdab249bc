package jp.tokyo.mcc.line.outbox;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What the outbox tells operations (docs/runbook.md): every call to the Messaging API by kind and outcome
 * ({@code mcc_line_requests_total{kind="reply|push",outcome}}) and every batch delivered, by reply or by push
 * ({@code mcc_line_delivered_total{via}}: pushes count against the channel's monthly quota, replies do not). The
 * counters are made once; a call costs an increment.
 */
@Component
class LineMeters {

    /** How a call to LINE ended. */
    enum Result {
        OK("ok"), ACCEPTED_BEFORE("accepted_before"), REFUSED("refused"), RATE_LIMITED("rate_limited"),
        SERVER_ERROR("server_error"), NO_ANSWER("no_answer");

        final String tag;

        Result(String tag) {
            this.tag = tag;
        }

        static Result of(OutboxDelivery.Outcome outcome) {
            Integer status = outcome.status();
            if (outcome.ok()) {
                return OK;
            }
            if (status == null) {
                return NO_ANSWER;
            }
            if (status == 409) {
                return ACCEPTED_BEFORE;
            }
            if (status == 429) {
                return RATE_LIMITED;
            }
            return status >= 500 ? SERVER_ERROR : REFUSED;
        }
    }

    private final Map<Result, Counter> replies = new EnumMap<>(Result.class);
    private final Map<Result, Counter> pushes = new EnumMap<>(Result.class);
    private final Counter deliveredByReply;
    private final Counter deliveredByPush;

    LineMeters(MeterRegistry registry) {
        for (Result result : Result.values()) {
            replies.put(result, request(registry, "reply", result));
            pushes.put(result, request(registry, "push", result));
        }
        deliveredByReply = delivered(registry, "reply");
        deliveredByPush = delivered(registry, "push");
    }

    void replied(OutboxDelivery.Outcome outcome) {
        replies.get(Result.of(outcome)).increment();
    }

    void pushed(OutboxDelivery.Outcome outcome) {
        pushes.get(Result.of(outcome)).increment();
    }

    /** A batch delivered ({@code byReply}: with its reply token, else by push). */
    void delivered(boolean byReply) {
        (byReply ? deliveredByReply : deliveredByPush).increment();
    }

    private static Counter request(MeterRegistry registry, String kind, Result result) {
        return Counter.builder("mcc.line.requests").description("Calls to LINE's Messaging API by kind and outcome")
                .tag("kind", kind).tag("outcome", result.tag).register(registry);
    }

    private static Counter delivered(MeterRegistry registry, String via) {
        return Counter.builder("mcc.line.delivered").description("Answer batches LINE accepted, by reply or by push")
                .tag("via", via).register(registry);
    }
}
