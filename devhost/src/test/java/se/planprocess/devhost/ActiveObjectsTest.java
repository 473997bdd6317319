package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.TestHosts;
import se.planprocess.hostao.AoTablePrefix;

class ActiveObjectsTest {
    @Test
    void aoTables_getTheAoPrefixOfThePluginsNamespace() {
        Devhost host = TestHosts.shared();
        String prefix = AoTablePrefix.prefixOf("se.planprocess.devhost.fixture");
        assertTrue(prefix.matches("AO_[0-9A-F]{6}"), prefix);
        List<String> tables = host.database().tablesStartingWith("AO_");
        assertEquals(List.of(prefix + "_AO_FIXTURE_ITEM"), tables);
    }
}
