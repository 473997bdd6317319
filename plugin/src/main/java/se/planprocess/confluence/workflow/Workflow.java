package se.planprocess.confluence.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered list of statuses. A document moves one step forward, or one step back with a comment; a status marked
 * owner-only may be entered or left only by the process owner.
 */
public final class Workflow {
    private final List<Status> statuses;

    public Workflow(List<Status> statuses) {
        if (statuses.size() < 2) {
            throw new IllegalArgumentException("A workflow has at least two statuses");
        }
        if (statuses.stream().map(Status::key).distinct().count() != statuses.size()) {
            throw new IllegalArgumentException("Status keys must be unique");
        }
        this.statuses = List.copyOf(statuses);
    }

    public List<Status> statuses() {
        return statuses;
    }

    public Status initial() {
        return statuses.get(0);
    }

    public Optional<Status> status(String key) {
        return statuses.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public int rank(Status status) {
        int rank = statuses.indexOf(status);
        if (rank < 0) {
            throw new IllegalArgumentException("Not a status of this workflow: " + status.key());
        }
        return rank;
    }

    /** True when {@code status} is {@code required} or later. */
    public boolean hasReached(String statusKey, String requiredKey) {
        Status status = status(statusKey).orElse(initial());
        Status required = status(requiredKey).orElseThrow(() -> new IllegalArgumentException("Unknown status " + requiredKey));
        return rank(status) >= rank(required);
    }

    public Optional<Status> next(Status status) {
        int rank = rank(status);
        return rank + 1 < statuses.size() ? Optional.of(statuses.get(rank + 1)) : Optional.empty();
    }

    public Optional<Status> previous(Status status) {
        int rank = rank(status);
        return rank > 0 ? Optional.of(statuses.get(rank - 1)) : Optional.empty();
    }

    /**
     * Judges a move from {@code fromKey} to {@code toKey}: the transition when allowed, else the refusal.
     */
    public Decision check(String fromKey, String toKey, String comment, boolean actorIsProcessOwner) {
        Optional<Status> to = status(toKey);
        if (to.isEmpty()) {
            return Decision.refused(TransitionRefusal.UNKNOWN_STATUS);
        }
        Status from = status(fromKey).orElse(initial());
        if (from.equals(to.get())) {
            return Decision.refused(TransitionRefusal.SAME_STATUS);
        }
        Transition.Direction direction;
        if (next(from).filter(to.get()::equals).isPresent()) {
            direction = Transition.Direction.FORWARD;
        } else if (previous(from).filter(to.get()::equals).isPresent()) {
            direction = Transition.Direction.BACK;
        } else {
            return Decision.refused(TransitionRefusal.NOT_ALLOWED);
        }
        if ((from.ownerOnly() || to.get().ownerOnly()) && !actorIsProcessOwner) {
            return Decision.refused(TransitionRefusal.PROCESS_OWNER_ONLY);
        }
        if (direction == Transition.Direction.BACK && (comment == null || comment.isBlank())) {
            return Decision.refused(TransitionRefusal.COMMENT_REQUIRED);
        }
        return Decision.allowed(new Transition(from, to.get(), direction));
    }

    /** The outcome of {@link #check}: exactly one of transition and refusal is present. */
    public record Decision(Transition transition, TransitionRefusal refusal) {
        public Decision {
            if ((transition == null) == (refusal == null)) {
                throw new IllegalArgumentException("Exactly one of transition and refusal");
            }
        }

        static Decision allowed(Transition transition) {
            return new Decision(transition, null);
        }

        static Decision refused(TransitionRefusal refusal) {
            return new Decision(null, Objects.requireNonNull(refusal));
        }

        public boolean isAllowed() {
            return transition != null;
        }
    }
}
