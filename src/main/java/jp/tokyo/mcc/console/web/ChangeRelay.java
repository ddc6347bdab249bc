package jp.tokyo.mcc.console.web;

import java.util.function.Consumer;

import jp.tokyo.mcc.inquiry.InquiryChanged;

/**
 * How a committed inquiry change reaches the open console pages of every process: in this process only (the embedded
 * H2, one process), or through PostgreSQL's LISTEN/NOTIFY to every process on the database
 * ({@link PostgresChangeRelay}).
 */
interface ChangeRelay {

    /** Tells every process (this one included) of a committed change. */
    void publish(InquiryChanged change);

    /**
     * {@code changes}: receives every change published by any process; {@code missed}: runs when changes may have been
     * missed (the relay lost its connection), so the pages fetch what they missed.
     */
    void deliverTo(Consumer<InquiryChanged> changes, Runnable missed);

    /** The single process's relay: a change goes straight to this process's pages. */
    final class InProcess implements ChangeRelay {

        private volatile Consumer<InquiryChanged> changes = c -> { };

        @Override
        public void publish(InquiryChanged change) {
            changes.accept(change);
        }

        @Override
        public void deliverTo(Consumer<InquiryChanged> changes, Runnable missed) {
            this.changes = changes;
        }
    }
}
