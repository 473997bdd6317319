package se.planprocess.osgi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each app jar resolves in a Felix framework that exports what its Confluence line exports, and Gemini Blueprint
 * starts its Spring context: "Unable to resolve bundle: missing requirement" and a context that never starts are the
 * classic first-install failures, and the plain class loader of the local host cannot show them.
 */
class AppBundleInOsgiTest {
    /** Gemini's wait for the app's services ({@code Spring-Context: *;timeout:=30}) plus the extender's slack. */
    private static final Duration CONTEXT_START = Duration.ofSeconds(90);

    static List<HostLine> lines() {
        return HostLine.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void appJar_resolves_itsSpringContextStarts_andEveryClassLoadsThroughTheBundle(HostLine line) throws Exception {
        Path jar = HostFramework.appJar(line);
        assertTrue(Files.isRegularFile(jar), jar.toAbsolutePath().toString());
        try (HostFramework host = HostFramework.start(HostFramework.Setup.of(line))) {
            String unresolved = host.installAndStart(jar);
            assertNull(unresolved, line + ": the app's bundle does not resolve:\n" + unresolved);
            HostFramework.ContextOutcome outcome = host.awaitContext(CONTEXT_START);
            assertTrue(outcome.started(), line + ": the app's Spring context failed:\n" + outcome.failure());
            assertEquals(List.of(), host.classesThatDoNotLoad(jar), line + ": classes that do not load");
            assertTrue(HostFramework.classCount(jar) > 40, "classes checked: " + HostFramework.classCount(jar));
            List<String> embedded = Jars.classNames(jar).stream().filter(n -> !n.startsWith("se.planprocess.")).toList();
            assertTrue(embedded.contains("org.dhatim.fastexcel.Workbook")
                    && embedded.contains("com.github.rzymek.opczip.OpcOutputStream") && embedded.size() > 80,
                    "the embedded libraries' classes are among those loaded: " + embedded.size());
            assertTrue(writesAWorkbookThroughTheBundle(host), line + ": fastexcel writes a workbook inside the bundle");
            Object listener = host.bean("pageEventListener");
            Optional<?> blueprint = (Optional<?>) listener.getClass().getMethod("blueprintListener").invoke(listener);
            assertTrue(blueprint.isPresent(), line + ": the blueprint listener is registered");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void withoutTheBlueprintEventPackage_theAppStillResolvesAndStarts_withoutItsBlueprintListener(HostLine line)
            throws Exception {
        Path jar = HostFramework.appJar(line);
        try (HostFramework host = HostFramework.start(HostFramework.Setup.of(line).withoutCreateContent())) {
            String unresolved = host.installAndStart(jar);
            assertNull(unresolved, line + ": the optional import made resolution fail:\n" + unresolved);
            HostFramework.ContextOutcome outcome = host.awaitContext(CONTEXT_START);
            assertTrue(outcome.started(), line + ": the app's Spring context failed:\n" + outcome.failure());
            List<String> failures = host.classesThatDoNotLoad(jar);
            assertEquals(List.of("se.planprocess.confluence.listener.BlueprintEventListener",
                            "se.planprocess.confluence.space.blueprint.SpaceBlueprintListener"),
                    failures.stream().map(f -> f.substring(0, f.indexOf(':'))).sorted().toList(), failures.toString());
            Object spaceEvents = host.bean("spaceBlueprintEvents");
            java.lang.reflect.Field registered = spaceEvents.getClass().getDeclaredField("listener");
            registered.setAccessible(true);
            assertNull(registered.get(spaceEvents), "no space-blueprint listener without the package");
            Object listener = host.bean("pageEventListener");
            Optional<?> blueprint = (Optional<?>) listener.getClass().getMethod("blueprintListener").invoke(listener);
            assertFalse(blueprint.isPresent(), "no blueprint listener without the package");
        }
    }

    /**
     * An embedded library whose own dependency is left out (here fastexcel without opczip) still resolves, since bnd
     * inlined both and imports neither, so only loading every class shows it, naming the missing class.
     */
    @Test
    void anEmbeddedLibraryWithoutItsDependency_failsTheClassCheck_namingTheMissingClass() throws Exception {
        HostLine line = HostLine.CONFLUENCE_92;
        Path jar = Jars.copyWithout(HostFramework.appJar(line),
                Path.of(System.getProperty("planprocess.workDir", "target/felix")).resolve("without-opczip.jar"),
                name -> name.startsWith("com/github/rzymek/opczip/"));
        try (HostFramework host = HostFramework.start(HostFramework.Setup.of(line))) {
            assertNull(host.installAndStart(jar));
            List<String> failures = host.classesThatDoNotLoad(jar);
            assertTrue(failures.stream().anyMatch(f -> f.startsWith("org.dhatim.fastexcel.Workbook:")
                    && f.contains("NoClassDefFoundError") && f.contains("com/github/rzymek/opczip/")),
                    failures.toString());
            assertTrue(failures.stream().allMatch(f -> f.startsWith("org.dhatim.fastexcel.")), failures.toString());
        }
    }

    /** {@code new Workbook(out, …).newWorksheet(…).value(0, 0, "å")}, then {@code finish()}, by reflection. */
    private static boolean writesAWorkbookThroughTheBundle(HostFramework host) throws Exception {
        Class<?> workbookType = host.app().loadClass("org.dhatim.fastexcel.Workbook");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object workbook = workbookType.getConstructor(java.io.OutputStream.class, String.class, String.class)
                .newInstance(out, "Planprocess", "1.0");
        Object sheet = workbookType.getMethod("newWorksheet", String.class).invoke(workbook, "Blad");
        sheet.getClass().getMethod("value", int.class, int.class, String.class).invoke(sheet, 0, 0, "å");
        workbookType.getMethod("finish").invoke(workbook);
        byte[] bytes = out.toByteArray();
        return bytes.length > 1000 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    @Test
    void aMissingHostService_failsTheStartWithinTheConfiguredTimeout_namingTheService() throws Exception {
        HostLine line = HostLine.CONFLUENCE_92;
        String missing = "com.atlassian.confluence.labels.LabelManager";
        try (HostFramework host = HostFramework.start(HostFramework.Setup.of(line).withoutService(missing))) {
            assertNull(host.installAndStart(HostFramework.appJar(line)));
            HostFramework.ContextOutcome outcome = host.awaitContext(CONTEXT_START);
            assertFalse(outcome.started(), "the context must not start without " + missing);
            assertTrue(outcome.failure().contains(missing), outcome.failure());
            assertTrue(outcome.took().compareTo(Duration.ofSeconds(25)) > 0
                    && outcome.took().compareTo(Duration.ofSeconds(60)) < 0,
                    "failed after " + outcome.took() + ", expected about the 30 s of Spring-Context's timeout");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void aHostWithoutTheJaxRsPackage_refusesTheApp_withFelixsMissingRequirement(HostLine line) throws Exception {
        String jaxRs = line == HostLine.CONFLUENCE_92 ? "javax.ws.rs" : "jakarta.ws.rs";
        HostFramework.Setup setup = new HostFramework.Setup(line, true, java.util.Set.of(), java.util.Set.of(jaxRs));
        try (HostFramework host = HostFramework.start(setup)) {
            String unresolved = host.installAndStart(HostFramework.appJar(line));
            assertTrue(unresolved != null && unresolved.contains("missing requirement")
                    && unresolved.contains("osgi.wiring.package=" + jaxRs + ")"), String.valueOf(unresolved));
        }
    }
}
