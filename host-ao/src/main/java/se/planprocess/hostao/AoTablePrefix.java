package se.planprocess.hostao;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The table prefix Confluence's Active Objects plugin gives a namespace: "AO_" + the last six hex characters of
 * MD5(namespace), upper-cased, then "_".
 */
public final class AoTablePrefix implements TablePrefix {
    private final String prefix;

    private AoTablePrefix(String prefix) {
        this.prefix = prefix;
    }

    public static AoTablePrefix forNamespace(String namespace) {
        return new AoTablePrefix(prefixOf(namespace));
    }

    /** For example {@code AO_1A2B3C} (without the separating underscore). */
    public static String prefixOf(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always available", e);
        }
    }

    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String name) {
        return prefix + "_" + name;
    }
}
