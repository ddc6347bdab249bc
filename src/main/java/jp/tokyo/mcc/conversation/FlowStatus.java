package jp.tokyo.mcc.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the bot is running: the live flow versions and the problems that kept changed files from going live. */
public interface FlowStatus {

    /** Flow id to the live version (a short hash of the file's text). */
    Map<String, String> liveVersions();

    /** Problems found at the last load; empty when every flow file is live as written. */
    List<FlowProblem> problems();

    /** When the flow files were last (re)loaded. */
    Instant loadedAt();
}
