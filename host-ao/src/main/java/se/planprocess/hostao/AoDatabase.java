package se.planprocess.hostao;

import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * Builds an {@link EntityManager} the way Confluence's AO plugin configures it: Atlassian's name converters and
 * the namespace's {@code AO_xxxxxx_} table prefix, on H2 or PostgreSQL. From a JDBC URL (AO's builder: a new
 * connection for every call outside a transaction, as no pool library is on the class path), or over a
 * {@link DataSource} the host owns, as Confluence's AO plugin builds it over the application's pooled data source.
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

    /**
     * An entity manager over {@code dataSource} (the caller owns it and closes it), as the AO plugin's
     * {@code EntityManagerFactoryImpl} makes one over the data source the application provides: the database's AO
     * provider on that data source, the name converters, the default schema configuration, cached entity infos.
     * {@code jdbcUrl} says which database it is.
     */
    public static EntityManager entityManager(DataSource dataSource, String jdbcUrl, String namespace) {
        DisposableDataSource shared = DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> {
            // the data source's owner closes it
        });
        String schema = schemaFor(jdbcUrl);
        DatabaseProvider provider = jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")
                ? new H2DatabaseProvider(shared, schema)
                : new PostgreSQLDatabaseProvider(shared, schema);
        AoTablePrefix prefix = AoTablePrefix.forNamespace(namespace);
        NameConverters names = new SimpleNameConverters(new AtlassianTableNameConverter(prefix),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());
        SchemaConfiguration schemaConfiguration = new DefaultSchemaConfiguration();
        EntityInfoResolverFactory entityInfos = new CachingEntityInfoResolverFactory();
        return new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return true;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schemaConfiguration;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfos;
            }
        });
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
