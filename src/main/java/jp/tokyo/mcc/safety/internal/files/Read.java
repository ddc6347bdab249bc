package jp.tokyo.mcc.safety.internal.files;

import java.util.List;

/** The result of reading one safety file: what it holds (null when it has problems) and its problems. */
public record Read<T>(T value, List<String> problems) {

    public Read {
        problems = List.copyOf(problems);
    }

    static <T> Read<T> ok(T value) {
        return new Read<>(value, List.of());
    }

    static <T> Read<T> failed(List<String> problems) {
        return new Read<>(null, problems);
    }

    public boolean isOk() {
        return value != null && problems.isEmpty();
    }
}
