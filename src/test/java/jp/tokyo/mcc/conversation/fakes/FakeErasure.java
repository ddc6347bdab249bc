package jp.tokyo.mcc.conversation.fakes;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jp.tokyo.mcc.records.ErasureReport;
import jp.tokyo.mcc.records.ErasureRequest;
import jp.tokyo.mcc.records.FamilyErasure;
import jp.tokyo.mcc.records.RecordCounts;

/** A stand-in for the records module: erases what the in-memory bot keeps of a family, and notes who was erased. */
public class FakeErasure implements FamilyErasure {

    public final List<String> erased = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> erasers;

    @SafeVarargs
    public FakeErasure(Consumer<String>... erasers) {
        this.erasers = List.of(erasers);
    }

    @Override
    public ErasureReport erase(String userId, ErasureRequest request) {
        erasers.forEach(e -> e.accept(userId));
        erased.add(userId);
        return new ErasureReport(RecordCounts.of("fake", 1), Instant.now());
    }
}
