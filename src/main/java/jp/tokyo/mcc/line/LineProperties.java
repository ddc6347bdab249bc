package jp.tokyo.mcc.line;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LINE channel settings ({@code app.line.*}); the first three come from docs/contract.md's environment variables.
 *
 * @param channelSecret      LINE_CHANNEL_SECRET; empty means local mode
 * @param channelToken       LINE_CHANNEL_TOKEN
 * @param apiEndpoint        LINE_API_ENDPOINT; empty means https://api.line.me (or the simulator in local mode)
 * @param maxBodyBytes       larger webhook bodies are refused with 413
 * @param replyTokenTtl      a reply token older than this is not used (LINE accepts it for about a minute)
 * @param dispatchThreads    events of different users are processed in parallel on this many threads; 0 (the default):
 *                           two per processor. More threads than that made every event dearer (issue 18: with 16 on
 *                           two cores, 2.13 ms of CPU per event against 1.61-1.74 ms with 4: the handlers contend
 *                           for H2's maps and locks); a database over the network may want more
 * @param maxWaitingChats    chats whose events wait for a handler in memory at most; beyond that, processing being far
 *                           behind, further chats wait in the inbox table only and are taken from it oldest event first
 *                           as handlers free up (memory stays bounded however large the backlog: issue 18)
 * @param reorderWindow      how long a user's first new event waits for late siblings, to process in timestamp order
 * @param maxHandlingAttempts a user event whose handling fails this many times is set aside as FAILED
 * @param sendTimeout        one call to the Messaging API
 * @param maxSendAttempts    after this many 5xx/timeouts a batch is FAILED (administrators see it)
 * @param retryBackoff       first retry delay, doubled each attempt up to {@code maxRetryBackoff}
 * @param maxRetryBackoff    longest retry delay
 * @param maxRequestsPerHost concurrent HTTP requests to the Messaging API (OkHttp's default is 5)
 * @param loadingAfter       an event that waited this long in the inbox gets LINE's loading animation first
 * @param sendThreads        threads that send stored batches to the Messaging API (each waits for LINE's answer)
 * @param maxRequestsPerSecond reply and push requests per second at most (LINE's limit: 2,000 per channel)
 * @param processingNice     Linux nice value of the threads that handle events and send answers (0 = the webhook's;
 *                           higher leaves the webhook the CPU it needs: intake first)
 * @param lateAfter          an event that waited longer than this in the inbox is late: counted in the backlog figures
 *                           ({@code InboxBacklog}); its answer goes by push once its reply token has gone stale
 * @param lateNotices        a family whose event is late is told by reply, while its token is still fresh, that the
 *                           answer is coming (once per family in ten minutes; {@code LateNotices})
 */
@ConfigurationProperties(prefix = "app.line")
public record LineProperties(
        @DefaultValue("") String channelSecret,
        @DefaultValue("") String channelToken,
        @DefaultValue("") String apiEndpoint,
        @DefaultValue("2097152") int maxBodyBytes,
        @DefaultValue("50s") Duration replyTokenTtl,
        @DefaultValue("0") int dispatchThreads,
        @DefaultValue("1000") int maxWaitingChats,
        @DefaultValue("30ms") Duration reorderWindow,
        @DefaultValue("3") int maxHandlingAttempts,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("12") int maxSendAttempts,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("30s") Duration maxRetryBackoff,
        @DefaultValue("64") int maxRequestsPerHost,
        @DefaultValue("1s") Duration loadingAfter,
        @DefaultValue("32") int sendThreads,
        @DefaultValue("2000") int maxRequestsPerSecond,
        @DefaultValue("10") int processingNice,
        @DefaultValue("20s") Duration lateAfter,
        @DefaultValue("true") boolean lateNotices) {

    public LineProperties {
        if (dispatchThreads <= 0) {
            dispatchThreads = 2 * Runtime.getRuntime().availableProcessors();
        }
    }

    public boolean localMode() {
        return channelSecret == null || channelSecret.isBlank();
    }
}
