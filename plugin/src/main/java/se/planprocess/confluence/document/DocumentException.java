package se.planprocess.confluence.document;

import se.planprocess.confluence.process.LogText;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A refused request: the problem and the arguments its message needs. Nothing has been written. The exception's own
 * message (for logs) holds the arguments escaped ({@link LogText}).
 */
public class DocumentException extends RuntimeException {
    private final Problem problem;
    private final Serializable[] arguments;

    public DocumentException(Problem problem, Serializable... arguments) {
        super(problem.name() + (arguments.length == 0 ? "" : " " + LogText.of(Arrays.toString(arguments))));
        this.problem = Objects.requireNonNull(problem);
        this.arguments = arguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    public Serializable[] arguments() {
        return arguments.clone();
    }
}
