package se.planprocess.devhost.store;

/** A row of DEVHOST_USER. */
public record UserRecord(String key, String username, String fullName, String email, String passwordHash, String locale) {
}
