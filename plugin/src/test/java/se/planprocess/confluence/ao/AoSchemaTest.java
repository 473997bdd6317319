package se.planprocess.confluence.ao;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.AoTablePrefix;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AoSchemaTest {
    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void tables_carryTheNamespacePrefix_andFitTheThirtyCharacterLimit(AoTestDatabase database) throws Exception {
        EntityManagerActiveObjects ao = database.activeObjects();
        String prefix = AoTablePrefix.prefixOf(AoTestDatabase.NAMESPACE);
        assertTrue(prefix.matches("AO_[0-9A-F]{6}"), prefix);

        Set<String> tables = new TreeSet<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.startsWith("AO_")) {
                        tables.add(name);
                    }
                }
            }
        }
        assertEquals(Set.of(prefix + "_CYCLE", prefix + "_PHASE", prefix + "_MILESTONE", prefix + "_COMMITTEE",
                prefix + "_TRACKED_DOC", prefix + "_DOC_CHANGE"), tables);
        tables.forEach(t -> assertTrue(t.length() <= 30, t));
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void prefix_isMd5OfTheNamespace_lastSixHexCharacters(AoTestDatabase database) throws Exception {
        byte[] md5 = java.security.MessageDigest.getInstance("MD5")
                .digest(AoTestDatabase.NAMESPACE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(md5).toUpperCase(java.util.Locale.ROOT);
        assertEquals("AO_" + hex.substring(26), AoTablePrefix.prefixOf(AoTestDatabase.NAMESPACE));
    }
}
