package se.planprocess.confluence.ao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table names are part of every installation's data: they are pinned here as literals, so that a change of the
 * namespace, of the prefix computation or of an entity's table name fails the build instead of orphaning the tables
 * of every Confluence that has the app.
 */
class AoSchemaTest {
    /** The prefix of the app's tables: {@code AO_} and the last six hex digits of MD5("se.planprocess.confluence"). */
    private static final String PREFIX = "AO_097607_";
    private static final Set<String> TABLES = Set.of("AO_097607_CYCLE", "AO_097607_PHASE", "AO_097607_MILESTONE",
            "AO_097607_COMMITTEE", "AO_097607_TRACKED_DOC", "AO_097607_DOC_CHANGE", "AO_097607_MEETING",
            "AO_097607_MEETING_DECISION", "AO_097607_MEETING_ACTION", "AO_097607_MEETING_ACTION_DONE",
            "AO_097607_CYCLE_CHANGE", "AO_097607_SETTING", "AO_097607_CAL_TOKEN", "AO_097607_CAL_ITEM",
            // Section templates
            "AO_097607_SECTION_TEMPLATE", "AO_097607_TEMPLATE_SECTION", "AO_097607_TEMPLATE_CHANGE");

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void tables_haveTheirFixedNames_andFitTheThirtyCharacterLimit(AoTestDatabase database) throws Exception {
        EntityManagerActiveObjects ao = database.activeObjects();

        Set<String> tables = new TreeSet<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.toUpperCase(java.util.Locale.ROOT).startsWith("AO_")) {
                        tables.add(name);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(TABLES), tables);
        tables.forEach(t -> assertTrue(t.startsWith(PREFIX) && t.length() <= 30, t));
    }

    @Test
    void theDescriptorsNamespace_isTheOneTheTestsMigrate() throws Exception {
        try (InputStream descriptor = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            assertNotNull(descriptor, "the built atlassian-plugin.xml");
            Element ao = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor)
                    .getElementsByTagName("ao").item(0);
            assertEquals("se.planprocess.confluence", ao.getAttribute("namespace"));
            assertEquals("se.planprocess.confluence", AoTestDatabase.NAMESPACE);
        }
    }
}
