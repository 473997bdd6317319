package se.planprocess.hostao;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

import java.util.Locale;

/**
 * Builds an {@link EntityManager} the way Confluence's AO plugin configures it: Atlassian's name converters and
 * the namespace's {@code AO_xxxxxx_} table prefix, on H2 or PostgreSQL.
 */
public final class AoDatabase {
    private AoDatabase() {
    }

    public static EntityManager entityManager(String jdbcUrl, String user, String password, String namespace) {
        AoTablePrefix prefix = AoTablePrefix.forNamespace(namespace);
        return EntityManagerBuilder.url(jdbcUrl)
                .username(user)
                .password(password)
                .schema(schemaFor(jdbcUrl))
                .auto()
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    private static String schemaFor(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return "PUBLIC";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "public";
        }
        throw new IllegalArgumentException("Only H2 and PostgreSQL are supported: " + jdbcUrl);
    }
}
