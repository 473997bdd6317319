package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;
import se.planprocess.devhost.web.JsI18nTransformer;

/** Confluence's jsI18n transformer: literal keys are replaced in the served script, a variable key is left alone. */
class JsI18nTest {
    private static final String RESOURCE = "/download/resources/se.planprocess.devhost.fixture:";
    private final Devhost target = TestHosts.shared();

    private String served(String user, String module) {
        var r = HttpSession.basic(target.baseUrl(), user, "demo").get(RESOURCE + module + "/i18n-test.js");
        assertEquals(200, r.statusCode());
        return r.body();
    }

    @Test
    void literalCalls_becomeTheTranslatedText_inTheUsersLanguage() {
        String swedish = served("admin", "fixture-i18n");
        assertTrue(swedish.contains("literal: \"Hej från fixturen\","), swedish);
        assertTrue(swedish.contains("doubleQuoted: \"Hej från fixturen\","), swedish);
        assertTrue(swedish.contains("withArguments: AJS.format(\"Rapport {0} av {1}\", 3, 7),"), swedish);
        assertTrue(swedish.contains("namespaced: window.AJS.format(\"Hej från fixturen\"),"), swedish);
        assertTrue(swedish.contains("missing: \"fixture.js.nosuchkey\","), swedish);
        String english = served("lasare", "fixture-i18n");
        assertTrue(english.contains("literal: \"Hello from the fixture\","), english);
    }

    @Test
    void aVariableKey_isLeftForTheRuntime_whichReturnsTheKey() {
        String script = served("admin", "fixture-i18n");
        assertTrue(script.contains("return AJS.I18n.getText(key);"), script);
        String ajs = HttpSession.basic(target.baseUrl(), "admin", "demo")
                .get("/download/resources/com.atlassian.auiplugin:ajs/ajs.js").body();
        assertTrue(ajs.contains("getText: function (key) {\n            return key;"), ajs);
    }

    @Test
    void withoutTheTransformation_nothingIsReplaced() {
        String script = served("admin", "fixture-untransformed");
        assertTrue(script.contains("literal: AJS.I18n.getText('fixture.js.hello'),"), script);
        assertFalse(script.contains("Hej från fixturen"), script);
    }

    @Test
    void translatedTexts_areEncodedAsJavaScriptStrings() {
        String script = served("admin", "fixture-i18n");
        assertTrue(script.contains("quote: \"Det är \\u0027citerat\\u0027 \\u0026 \\u003cfett\\u003e\","), script);
        assertEquals("a\\u005cb\\u0022\\u2028", JsI18nTransformer.jsString("a\\b\"\u2028"));
    }
}
