package se.planprocess.confluence.calendar;

/** A link just made: the secret, shown once to its owner (only its hash is stored), and the stored row. */
public record IssuedToken(String secret, CalendarToken token) {
    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
