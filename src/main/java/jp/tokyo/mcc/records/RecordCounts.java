package jp.tokyo.mcc.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many records of each kind an erasure or a purge touched, e.g. {@code inbox-events=7, outbox-batches=4}: the
 * only thing the records module keeps of what it did (never contents). Kinds with nothing counted are left out.
 */
public final class RecordCounts {

    private final Map<String, Long> counts = new LinkedHashMap<>();

    public static RecordCounts none() {
        return new RecordCounts();
    }

    public static RecordCounts of(String kind, long count) {
        return new RecordCounts().add(kind, count);
    }

    /** Adds to a kind's count (nothing for zero). */
    public RecordCounts add(String kind, long count) {
        if (count != 0) {
            counts.merge(kind, count, Long::sum);
        }
        return this;
    }

    /** Adds another's counts, each kind prefixed ({@code line} + {@code inbox-events} -> {@code line.inbox-events}). */
    public RecordCounts addAll(String prefix, RecordCounts other) {
        other.counts.forEach((kind, count) -> add(prefix + "." + kind, count));
        return this;
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public Map<String, Long> asMap() {
        return Collections.unmodifiableMap(counts);
    }

    /** {@code line.inbox-events=7, conversation.states=1}; {@code nothing} when empty. */
    @Override
    public String toString() {
        return counts.isEmpty() ? "nothing"
                : counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
