package jp.tokyo.mcc.inquiry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What families send during an inquiry ({@code app.attachments.*}; README "Photos and files from families").
 *
 * @param maxSize       larger content is not kept (the family is told kindly); 10 MB holds a phone's photo of a
 *                      document or a rash, a scanned PDF of several pages, a short video of a device's alarm
 * @param pollInterval  how often each process looks for downloads that are due (a new one starts at once)
 * @param retryBackoff  first wait after LINE's data API failed, doubled each attempt up to {@code maxRetryBackoff}
 * @param maxRetryBackoff longest wait between attempts
 * @param notReadyDelay wait while LINE is still preparing a video or an audio
 * @param giveUpAfter   a download still failing this long after the family sent it is given up (LINE keeps content
 *                      for a limited time only)
 * @param lease         a download one process took is left to others after this long (the process died meanwhile)
 */
@ConfigurationProperties(prefix = "app.attachments")
record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10s") Duration retryBackoff,
        @DefaultValue("10m") Duration maxRetryBackoff,
        @DefaultValue("5s") Duration notReadyDelay,
        @DefaultValue("3d") Duration giveUpAfter,
        @DefaultValue("2m") Duration lease) {

    /** The limit as the family reads it, e.g. 10MB. */
    String maxSizeText() {
        long mb = maxSize.toMegabytes();
        return mb >= 1 ? mb + "MB" : Math.max(1, maxSize.toKilobytes()) + "KB";
    }

    Duration backoff(int attempts) {
        Duration wait = retryBackoff;
        for (int i = 1; i < attempts && wait.compareTo(maxRetryBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : wait;
    }
}
