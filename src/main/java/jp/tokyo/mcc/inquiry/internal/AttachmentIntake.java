package jp.tokyo.mcc.inquiry.internal;

import java.time.Instant;

import jp.tokyo.mcc.inquiry.InquiryAttachment.State;
import jp.tokyo.mcc.line.IncomingEvent;
import org.springframework.stereotype.Component;

/**
 * An image, video, audio or file a family sends during an open inquiry, inside the dispatcher's transaction for the
 * event: a row is made beside its transcript line, and this process starts the download from LINE once that is
 * committed ({@link AttachmentDownloads}; another process takes it over after the lease, should this one die first);
 * the webhook's path never waits for LINE's data API. A file LINE already says is too
 * large, and content at another provider's URL (which the bot does not fetch), are settled at once.
 */
@Component
class AttachmentIntake {

    static final String TOO_LARGE = "too_large";
    static final String WRONG_TYPE = "type";
    static final String EXTERNAL = "external";

    private final AttachmentRows rows;
    private final AttachmentProperties properties;
    private final AttachmentDownloads downloads;
    private final AttachmentNotices notices;

    AttachmentIntake(AttachmentRows rows, AttachmentProperties properties, AttachmentDownloads downloads,
                     AttachmentNotices notices) {
        this.rows = rows;
        this.properties = properties;
        this.downloads = downloads;
        this.notices = notices;
    }

    /**
     * Records what the family sent with transcript line {@code messageId}; returns what to tell them now (a file too
     * large to keep), or null.
     */
    String received(long inquiryId, long messageId, IncomingEvent event, Instant now) {
        IncomingEvent.Media media = event.media();
        String type = event.messageType();
        if (media.external()) {
            rows.insert(inquiryId, messageId, type, media.messageId(), null, State.FAILED, EXTERNAL, now, now);
            return null;
        }
        if (media.declaredSize() != null && media.declaredSize() > properties.maxSize().toBytes()) {
            rows.insert(inquiryId, messageId, type, media.messageId(), media.fileName(), State.REFUSED, TOO_LARGE, now,
                    now);
            return notices.tooLarge(type, event.userId());
        }
        long id = rows.insert(inquiryId, messageId, type, media.messageId(), media.fileName(), State.PENDING, null, now,
                now.plus(properties.lease()));
        downloads.startAfterCommit(id);
        return null;
    }
}
