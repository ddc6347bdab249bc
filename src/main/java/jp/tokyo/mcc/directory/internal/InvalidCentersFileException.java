package jp.tokyo.mcc.directory.internal;

import java.util.List;

/** {@code centers.yaml} has mistakes; {@link #problems()} says which, for the administrators' log. */
public class InvalidCentersFileException extends RuntimeException {

    private final List<String> problems;

    public InvalidCentersFileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
