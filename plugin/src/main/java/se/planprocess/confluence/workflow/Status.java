package se.planprocess.confluence.workflow;

import se.planprocess.confluence.process.Bilingual;

import java.util.Objects;

/**
 * One status of a workflow. {@code ownerOnly}: only the process owner (ekonomistaben) may move a document into or
 * out of this status, e.g. "Mottagen".
 */
public record Status(String key, Bilingual name, Bilingual description, Colour colour, boolean ownerOnly) {
    /** Lozenge colours, as Confluence's status macro has them. */
    public enum Colour { GREY, BLUE, YELLOW, GREEN, RED }

    public Status {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(colour, "colour");
    }
}
