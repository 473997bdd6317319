package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.render.AllowlistUberspector;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.VelocityTemplateRenderer;

/** The host's Velocity method allowlist: reading maps, lists and plain values works, nothing else does. */
class VelocityAllowlistTest {
    private final VelocityTemplateRenderer target = new VelocityTemplateRenderer(getClass().getClassLoader());

    private String render(String template, Map<String, Object> context) {
        return target.renderFragment(template, context);
    }

    @Test
    void aViewModelOfMapsAndLists_canBeRead() {
        Map<String, Object> view = Map.of("title", "Rapport", "rows", List.of(Map.of("name", "a"), Map.of("name", "b")),
                "late", true, "count", 2);
        assertEquals("Rapport 2 a,b, yes 2 true",
                render("$view.title $view.rows.size() #foreach($r in $view.rows)$r.name,#end #if($view.late)yes#end"
                        + " $view.count $view.containsKey('late')", Map.of("view", view)));
        assertEquals("7 false", render("$s.length() $s.isEmpty()", Map.of("s", "Rapport")));
    }

    @Test
    void getClass_isBlockedOnEveryObject() {
        String html = render("$s.getClass() $s.class $m.getClass() $m.class $l.getClass() $n.getClass().forName('x')",
                Map.of("s", "x", "m", Map.of("k", "v"), "l", List.of(1), "n", 1));
        assertEquals("$s.getClass() $s.class $m.getClass() $m.class $l.getClass() $n.getClass().forName('x')", html);
        for (Object o : List.of("x", Map.of(), List.of(), 1, true, new Object(), Thread.State.NEW)) {
            assertFalse(AllowlistUberspector.allowed(o, "getClass"), o.toString());
        }
    }

    @Test
    void otherJdkMethodsAndHostObjects_areBlocked() {
        String html = render("$s.toUpperCase() $s.replace('a','b') $l.clear() $m.put('k','x') $m.k $d.getYear() $d.year"
                        + " $i18n.getText('k') $t.getName()",
                Map.of("s", "a", "l", new java.util.ArrayList<>(List.of(1)), "m", new java.util.HashMap<>(Map.of("k", "v")),
                        "d", java.time.LocalDate.of(2026, 1, 1),
                        "i18n", new BundleI18nResolver(getClass().getClassLoader(), null), "t", Thread.currentThread()));
        assertEquals("$s.toUpperCase() $s.replace('a','b') $l.clear() $m.put('k','x') v $d.getYear() $d.year"
                + " $i18n.getText('k') $t.getName()", html);
    }

    @Test
    void settingAPropertyAndIteratingAnUnknownObject_areBlocked() {
        assertEquals("", render("#foreach($x in $t)$x#end", Map.of("t", new Iterable<String>() {
            @Override
            public java.util.Iterator<String> iterator() {
                return List.of("leaked").iterator();
            }
        })));
        assertTrue(render("#set($m.k = 'x')$m.k", Map.of("m", new java.util.HashMap<>(Map.of("k", "v")))).endsWith("v"));
    }
}
