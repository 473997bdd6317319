package se.planprocess.confluence.calendar;

/** What an event of the feed stands for; its key is part of the event's identity. */
public enum EventKind {
    PHASE("phase"), MILESTONE("milestone"), DEADLINE("deadline"), MEETING("meeting");

    private final String key;

    EventKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
