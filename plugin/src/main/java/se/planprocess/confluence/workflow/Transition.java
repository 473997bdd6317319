package se.planprocess.confluence.workflow;

/** A requested move from one status to another, judged by {@link Workflow#check}. */
public record Transition(Status from, Status to, Direction direction) {
    /** Forward one step, or back one step (which needs a comment). */
    public enum Direction { FORWARD, BACK }
}
