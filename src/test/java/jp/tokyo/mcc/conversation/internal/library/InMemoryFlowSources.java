package jp.tokyo.mcc.conversation.internal.library;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Flow versions kept in memory (the table's stand-in for tests without a database). */
public class InMemoryFlowSources implements FlowSources {

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> latestByFile = new LinkedHashMap<>();

    @Override
    public synchronized void save(String flowId, String version, String fileName, String source) {
        sources.putIfAbsent(flowId + "@" + version, source);
        latestByFile.put(fileName, source);
    }

    @Override
    public synchronized Optional<String> source(String flowId, String version) {
        return Optional.ofNullable(sources.get(flowId + "@" + version));
    }

    @Override
    public synchronized Optional<String> latestOfFile(String fileName) {
        return Optional.ofNullable(latestByFile.get(fileName));
    }
}
