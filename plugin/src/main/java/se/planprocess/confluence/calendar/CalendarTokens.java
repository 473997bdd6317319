package se.planprocess.confluence.calendar;

import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The personal secret links of the calendar feed. A secret is {@value #SECRET_BYTES} random bytes from
 * {@link SecureRandom}, written as URL-safe Base64 without padding ({@value #SECRET_LENGTH} characters); only its
 * SHA-256 is stored, so a copy of the database gives no working link. A link is revoked by deleting its row; a user
 * has at most {@value #MAX_PER_OWNER} links, and making a new one may revoke all the others.
 */
public final class CalendarTokens {
    public static final int SECRET_BYTES = 32;
    public static final int SECRET_LENGTH = 43;
    public static final int MAX_PER_OWNER = 10;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{" + SECRET_LENGTH + "}");

    private final CalendarTokenRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarTokens(CalendarTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * A new link for this owner; with {@code replaceOthers} the owner's other links are revoked first.
     *
     * @throws DocumentException {@link Problem#TOO_MANY_CALENDAR_LINKS} when the owner already has the most
     */
    public IssuedToken issue(String ownerKey, boolean replaceOthers) {
        Objects.requireNonNull(ownerKey, "ownerKey");
        if (replaceOthers) {
            repository.deleteAllOf(ownerKey);
        } else if (repository.findByOwner(ownerKey).size() >= MAX_PER_OWNER) {
            throw new DocumentException(Problem.TOO_MANY_CALENDAR_LINKS, MAX_PER_OWNER);
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedToken(secret, repository.insert(ownerKey, hash(secret), clock.instant()));
    }

    public List<CalendarToken> of(String ownerKey) {
        return repository.findByOwner(ownerKey);
    }

    /**
     * Revokes one of the owner's links.
     *
     * @throws DocumentException {@link Problem#UNKNOWN_CALENDAR_LINK} when the owner has no link with this id
     */
    public void revoke(String ownerKey, long id) {
        if (!repository.delete(id, ownerKey)) {
            throw new DocumentException(Problem.UNKNOWN_CALENDAR_LINK);
        }
    }

    /** The link a secret opens; empty for anything that is not the secret of a stored link. */
    public Optional<CalendarToken> find(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return repository.findByHash(hash(secret));
    }

    /** The stored form of a secret: SHA-256, lower-case hex (64 characters). */
    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
