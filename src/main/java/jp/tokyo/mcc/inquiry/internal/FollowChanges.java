package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.line.IncomingEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Blocks and re-adds of the account by a family with an open inquiry go into its transcript. */
@Component
class FollowChanges {

    private final InquiryCounsellorDesk desk;

    FollowChanges(InquiryCounsellorDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void on(IncomingEvent event) {
        if (event.kind() == IncomingEvent.Kind.UNFOLLOW || event.kind() == IncomingEvent.Kind.FOLLOW) {
            desk.noteFollowChange(event);
        }
    }
}
