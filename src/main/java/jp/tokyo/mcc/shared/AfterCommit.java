package jp.tokyo.mcc.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must wait until the caller's transaction has committed (and never happen if it rolls back). */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs the action once the current transaction commits; at once when the caller is in none. */
    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
