package se.planprocess.devhost.blueprint;

/** A blueprint that cannot create its page; the message is shown to the user (escaped). */
public final class BlueprintException extends RuntimeException {
    private final int status;

    public BlueprintException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
