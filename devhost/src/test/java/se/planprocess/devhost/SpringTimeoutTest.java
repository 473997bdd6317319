package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.plugin.PluginException;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.FixturePluginJar;
import se.planprocess.devhost.support.TestHosts;

/** A missing service fails the start at once, naming the timeout Gemini Blueprint would have waited. */
class SpringTimeoutTest {
    private static final String MISSING = "<osgi:reference id=\"transactionCallback\""
            + " interface=\"com.atlassian.sal.api.transaction.TransactionCallback\"/>\n  <beans:bean id=\"eventLog\"";

    private static final String NOT_IMPORTED = "<osgi:reference id=\"userManager\""
            + " interface=\"com.atlassian.sal.api.user.UserManager\"/>\n  <beans:bean id=\"eventLog\"";

    private static String failure(java.util.function.UnaryOperator<String> edit, String imports) {
        var jar = imports == null ? FixturePluginJar.withSpringContextEdit(edit)
                : FixturePluginJar.withImportAndSpringContext(imports, edit);
        return assertThrows(PluginException.class, () -> Devhost.start(
                TestHosts.options(TestHosts.tempDir()).withPluginJar(jar)).close()).getMessage();
    }


    @Test
    void aMissingService_failsAtOnce_namingTheContextsDefaultTimeout() {
        String message = failure(s -> s.replace("<beans:bean id=\"eventLog\"", MISSING), null);
        assertTrue(message.contains("no service com.atlassian.sal.api.transaction.TransactionCallback"), message);
        assertTrue(message.contains("after 30000 ms (osgi:default-timeout)"), message);
    }

    @Test
    void withoutDefaultTimeout_theMessageNamesGeminisFiveMinutes() {
        String message = failure(s -> s.replace("osgi:default-timeout=\"30000\"", "")
                .replace("<beans:bean id=\"eventLog\"", MISSING), null);
        assertTrue(message.contains("after 300000 ms (Gemini Blueprint's default"), message);
    }

    @Test
    void aReferenceWhosePackageIsNotImported_failsNamingImportPackage() {
        String message = failure(s -> s.replace("<beans:bean id=\"eventLog\"", NOT_IMPORTED), null);
        assertTrue(message.contains("cannot load its interface com.atlassian.sal.api.user.UserManager"), message);
        assertTrue(message.contains("Import-Package"), message);
    }
}
