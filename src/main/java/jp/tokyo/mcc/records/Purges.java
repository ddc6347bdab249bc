package jp.tokyo.mcc.records;

import java.util.List;

/** The daily purge as administrators see it: the latest runs, and a run on demand. */
public interface Purges {

    /** The newest runs first. */
    List<PurgeRun> recent(int limit);

    /** Runs the purge now (each module in its own transaction) and records the run. */
    PurgeRun runNow();
}
