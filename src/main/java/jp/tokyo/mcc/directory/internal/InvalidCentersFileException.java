package jp.tokyo.mcc.directory.internal;

import java.util.List;

/** {@code centers.yaml} has mistakes; {@link #problems()} says which, for the administrators. */
public class InvalidCentersFileException extends RuntimeException {

    private final List<CentersProblem> located;

    public InvalidCentersFileException(List<CentersProblem> problems) {
        super(String.join("; ", problems.stream().map(CentersProblem::toString).toList()));
        this.located = List.copyOf(problems);
    }

    /** Each mistake as {@code path：message} (for the log and the status page). */
    public List<String> problems() {
        return located.stream().map(CentersProblem::toString).toList();
    }

    /** Each mistake with where it is. */
    public List<CentersProblem> located() {
        return located;
    }
}
