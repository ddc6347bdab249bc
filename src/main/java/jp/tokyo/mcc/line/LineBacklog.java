package jp.tokyo.mcc.line;

import java.time.Duration;

/**
 * How far processing is behind the webhook (intake first: every event is stored and acknowledged at once, handled
 * when the CPU allows, in order per family). For metrics and health: a figure per call, read from the database at
 * most once a second (several processes on one PostgreSQL database see the same backlog), never a family's data.
 */
public interface LineBacklog {

    /** The figures now (at most a second old). */
    Figures figures();

    /**
     * @param pendingEvents      webhook events stored and not handled yet (every process's)
     * @param oldestPendingEvent how long the oldest of them has waited (zero when none)
     * @param pendingBatches     answers and staff messages stored and not sent yet (waiting or being sent)
     * @param oldestPendingBatch how long the oldest of them has waited (zero when none)
     * @param lateEvents         events this process handled after they had waited longer than {@code app.line.late-after}
     *                           (30 s) since it started: their answers go by push once the reply token is stale
     * @param late               whether the oldest pending event has waited longer than {@code app.line.late-after}
     */
    record Figures(long pendingEvents, Duration oldestPendingEvent, long pendingBatches, Duration oldestPendingBatch,
                   long lateEvents, boolean late) {
    }
}
