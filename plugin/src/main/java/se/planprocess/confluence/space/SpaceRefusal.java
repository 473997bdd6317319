package se.planprocess.confluence.space;

import java.io.Serializable;

/**
 * A space-wizard choice the app refuses: the wizard field it concerns (as the wizard names it), the message key and
 * its arguments (never the refused value itself), and the HTTP status a REST answer carries. Nothing was written.
 */
public class SpaceRefusal extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final int status;
    private final Serializable[] arguments;

    public SpaceRefusal(String field, String messageKey, int status, Serializable... arguments) {
        super(messageKey + " " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.status = status;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public int status() {
        return status;
    }

    public Serializable[] arguments() {
        return arguments.clone();
    }
}
