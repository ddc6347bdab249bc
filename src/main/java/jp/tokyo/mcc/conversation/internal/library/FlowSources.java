package jp.tokyo.mcc.conversation.internal.library;

import java.util.Optional;

/** Every flow version that went live, by flow id and version (a hash of its text). */
public interface FlowSources {

    /** Keeps a version (nothing happens when it is already kept). */
    void save(String flowId, String version, String fileName, String source);

    Optional<String> source(String flowId, String version);

    /** The version of a file that went live last, if any. */
    Optional<String> latestOfFile(String fileName);
}
