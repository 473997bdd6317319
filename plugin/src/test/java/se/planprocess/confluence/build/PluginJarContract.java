package se.planprocess.confluence.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What both plugin jars must satisfy to install as a transformerless P2 plugin: manifest headers, chosen import
 * ranges, exactly the libraries {@link EmbeddedLibraries} lists embedded (inlined), a complete descriptor and Spring
 * context. {@link PluginJarIT} (Confluence 9.2) and
 * {@link Confluence10JarIT} (Confluence 10.x) run these against their jar and add the javax/jakarta checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PluginJarContract {

    static final String GEMINI_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String SPRING_DM_NS = "http://www.springframework.org/schema/osgi";
    static final String BEANS_NS = "http://www.springframework.org/schema/beans";

    /** Import ranges shared by both flavours: package (and its subpackages) -> the range chosen in plugin/pom.xml. */
    static final Map<String, String> COMMON_RANGES = Map.of(
            "com.atlassian", "0",
            "net.java.ao", "0",
            "com.fasterxml.jackson", "[2.10,3)",
            "org.slf4j", "[1.7,3)",
            // the JDK's XML APIs (biweekly's xCal classes), exported by the system bundle without a version
            "javax.xml", "0",
            "org.w3c.dom", "0",
            "org.xml.sax", "0");

    static final List<String> SERVLET_WS_INJECT = List.of("servlet", "ws.rs", "inject");

    protected PluginJar jar;

    abstract PluginJar open();

    /** Flavour-specific ranges (javax for 9.2, jakarta for 10), merged with {@link #COMMON_RANGES}. */
    abstract Map<String, String> flavourRanges();

    @BeforeAll
    void openJar() {
        jar = open();
    }

    Map<String, String> chosenRanges() {
        Map<String, String> ranges = new HashMap<>(COMMON_RANGES);
        ranges.putAll(flavourRanges());
        return ranges;
    }

    /** The chosen range for a package, by longest matching family; null if no range was chosen for it. */
    String chosenRange(String packageName) {
        String best = null;
        String range = null;
        for (Map.Entry<String, String> e : chosenRanges().entrySet()) {
            String family = e.getKey();
            if ((packageName.equals(family) || packageName.startsWith(family + "."))
                    && (best == null || family.length() > best.length())) {
                best = family;
                range = e.getValue();
            }
        }
        return range;
    }

    // ---------------------------------------------------------------- manifest

    @Test
    void manifestDeclaresATransformerlessPlugin() {
        assertNotNull(jar.manifest, jar + " has no manifest");
        assertEquals(PluginJar.PLUGIN_KEY, jar.mainAttribute("Atlassian-Plugin-Key"), "Atlassian-Plugin-Key");
        assertEquals("*;timeout:=30", jar.mainAttribute("Spring-Context"),
                "Spring-Context: every META-INF/spring file, and a 30 s wait for host services instead of 5 minutes");
        assertEquals("2", jar.mainAttribute("Bundle-ManifestVersion"), "Bundle-ManifestVersion");
        String symbolicName = jar.mainAttribute("Bundle-SymbolicName");
        assertNotNull(symbolicName, "Bundle-SymbolicName");
        assertEquals(PluginJar.PLUGIN_KEY, symbolicName.split(";")[0].trim(),
                "Bundle-SymbolicName is the plugin key (same bundle identity on 9.2 and 10)");
    }

    @Test
    void bundleVersionIsTheProjectVersion() {
        String bundleVersion = jar.mainAttribute("Bundle-Version");
        assertNotNull(bundleVersion, "Bundle-Version");
        assertTrue(bundleVersion.matches("\\d+\\.\\d+\\.\\d+(\\.[A-Za-z0-9_-]+)?"), "OSGi version syntax: " + bundleVersion);
        String projectVersion = PluginJar.projectVersion();
        String numeric = projectVersion.replaceFirst("-.*$", "");
        while (numeric.split("\\.").length < 3) {
            numeric += ".0";
        }
        assertTrue(bundleVersion.equals(numeric) || bundleVersion.startsWith(numeric + "."),
                "Bundle-Version " + bundleVersion + " does not match project version " + projectVersion);
    }

    @Test
    void exportsNothing_andNestsNoArchives() {
        String exports = jar.mainAttribute("Export-Package");
        assertTrue(exports == null || exports.isBlank(), "Export-Package must be empty: " + exports);
        String classPath = jar.mainAttribute("Bundle-ClassPath");
        assertTrue(classPath == null || classPath.trim().equals("."),
                "no Bundle-ClassPath: the embedded libraries are inlined, not nested: " + classPath);
        for (String header : List.of("Private-Package", "Bundle-Blueprint", "Fragment-Host", "Require-Bundle")) {
            assertFalse(jar.mainAttributeNames().contains(header), header + " must not be in the manifest");
        }
        List<String> embedded = jar.entryNames().stream()
                .filter(n -> n.endsWith(".jar") || n.endsWith(".zip") || n.endsWith(".war"))
                .toList();
        assertNoProblems(embedded, "embedded archives in " + jar);
    }

    @Test
    void containsOnlyOurOwnClassesAndTheListedLibraries_andNoHostClass() {
        List<String> foreign = jar.entryNames().stream()
                .filter(n -> n.endsWith(".class"))
                .filter(n -> !n.startsWith("se/planprocess/"))
                .filter(n -> EmbeddedLibraries.libraryOf(n) == null)
                .toList();
        assertNoProblems(foreign, "classes outside se/planprocess/ and the embedded libraries "
                + EmbeddedLibraries.ALL + " (host types are provided)");
        List<String> host = jar.entryNames().stream().filter(EmbeddedLibraries::isHostClass).toList();
        assertNoProblems(host, "host classes packaged (" + EmbeddedLibraries.HOST_PREFIXES + ")");
        assertFalse(jar.classes.isEmpty(), "the jar has classes");
        assertFalse(jar.has("module-info.class"), "an embedded library's module-info.class");
    }

    @Test
    void embedsEveryClassOfEachListedLibrary_unchanged_atItsListedVersion() {
        List<String> expectedJars = EmbeddedLibraries.ALL.stream().map(EmbeddedLibraries.Library::fileName)
                .sorted().toList();
        assertEquals(expectedJars, EmbeddedLibraries.copiedJars(),
                "plugin/pom.xml's embedded libraries vs EmbeddedLibraries.ALL");
        List<String> problems = new ArrayList<>();
        for (EmbeddedLibraries.Library library : EmbeddedLibraries.ALL) {
            Map<String, byte[]> classes = library.classes();
            assertFalse(classes.isEmpty(), library + " has no classes");
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                byte[] packaged = jar.entries.get(c.getKey() + ".class");
                if (packaged == null) {
                    problems.add(library + ": " + c.getKey() + " is missing");
                } else if (!java.util.Arrays.equals(packaged, c.getValue())) {
                    problems.add(library + ": " + c.getKey() + " differs from the library's class");
                }
                if (!library.owns(c.getKey())) {
                    problems.add(library + ": " + c.getKey() + " is outside the listed packages " + library.packages());
                }
            }
            long packagedCount = jar.classes.keySet().stream().filter(library::owns).count();
            if (packagedCount != classes.size()) {
                problems.add(library + ": " + packagedCount + " classes packaged, the library has " + classes.size());
            }
            String properties = "META-INF/maven/" + library.groupId() + "/" + library.artifactId() + "/pom.properties";
            if (!jar.has(properties) || !jar.text(properties).contains("version=" + library.version())) {
                problems.add(library + ": " + properties + " missing or of another version");
            }
        }
        assertNoProblems(problems, "embedded libraries in " + jar);
    }

    @Test
    void embeddedClasses_referenceOnlyTheJdkAndTheEmbeddedLibraries() {
        Map<String, Set<String>> problems = new TreeMap<>();
        for (ClassFile classFile : jar.classes.values()) {
            if (EmbeddedLibraries.libraryOf(classFile.name) == null) {
                continue;
            }
            for (String type : classFile.referencedTypes) {
                if (EmbeddedLibraries.libraryOf(type) == null && !inTheJdk(type)
                        && !EmbeddedLibraries.hostReferenceAllowed(classFile.name, type)) {
                    problems.computeIfAbsent(ClassFile.packageOf(type), k -> new TreeSet<>()).add(classFile.name);
                }
            }
        }
        assertNoProblems(problems.entrySet(), "packages the embedded libraries need beyond the JDK (each would be "
                + "an Import-Package the host must satisfy; javax.xml.bind or a host package is never acceptable)");
    }

    /** A type of the Java platform (java.*, javax.xml.*, org.w3c.dom …), as the platform class loader sees it. */
    static boolean inTheJdk(String internalName) {
        String top = internalName.startsWith("[") ? internalName.replaceAll("^\\[+L?|;$", "") : internalName;
        return ClassLoader.getPlatformClassLoader().getResource(top + ".class") != null;
    }

    /**
     * The Spring DM / Gemini Blueprint packages Atlassian's tooling imports optionally, without a version, into a
     * transformerless plugin (the Slack integration's confluence-slack-server-integration-plugin pom).
     */
    static final Set<String> EXTENDER_PACKAGES = Set.of(
            "org.springframework.osgi.context",
            "org.springframework.osgi.service.exporter.support",
            "org.springframework.osgi.service.importer.support",
            "org.eclipse.gemini.blueprint.context",
            "org.eclipse.gemini.blueprint.service.exporter",
            "org.eclipse.gemini.blueprint.service.exporter.support",
            "org.eclipse.gemini.blueprint.service.importer.support");
    static final String BLUEPRINT_EVENTS = "com.atlassian.confluence.plugins.createcontent.api.events";

    @Test
    void extenderPackagesAndBlueprintEvents_areImportedOptionally_andNothingElseIs() {
        Map<String, ManifestHeader.Clause> byName = new TreeMap<>();
        for (ManifestHeader.Clause clause : jar.importPackage()) {
            byName.put(clause.name(), clause);
        }
        List<String> problems = new ArrayList<>();
        Set<String> optional = new TreeSet<>(EXTENDER_PACKAGES);
        optional.add(BLUEPRINT_EVENTS);
        for (String name : optional) {
            ManifestHeader.Clause clause = byName.get(name);
            if (clause == null) {
                problems.add(name + ": not imported");
            } else if (!"optional".equals(clause.directives().get("resolution"))) {
                problems.add(name + ": imported without resolution:=optional");
            }
        }
        for (ManifestHeader.Clause clause : byName.values()) {
            if (!optional.contains(clause.name()) && clause.directives().containsKey("resolution")) {
                problems.add(clause.name() + ": resolution:=" + clause.directives().get("resolution")
                        + " (only the extender packages and the blueprint events are optional)");
            }
        }
        assertNoProblems(problems, jar + " optional imports");
    }

    @Test
    void onlyTheBlueprintListenerNamesTheOptionalBlueprintEventPackage() {
        String pkg = BLUEPRINT_EVENTS.replace('.', '/') + "/";
        List<String> users = new ArrayList<>();
        for (ClassFile type : jar.classes.values()) {
            if (type.referencedTypes.stream().anyMatch(t -> t.startsWith(pkg))) {
                users.add(type.name);
            }
        }
        assertEquals(List.of("se/planprocess/confluence/listener/BlueprintEventListener",
                        "se/planprocess/confluence/space/blueprint/SpaceBlueprintListener"),
                users.stream().sorted().toList(), "classes that would fail to load without " + BLUEPRINT_EVENTS);
        for (Element bean : springBeans()) {
            assertFalse(bean.getAttribute("class").endsWith(".BlueprintEventListener")
                            || bean.getAttribute("class").endsWith(".SpaceBlueprintListener"),
                    "the blueprint listeners must not be Spring beans: the context would fail without the package");
        }
    }

    @Test
    void springContextSetsTheDefaultTimeoutOfAtlassiansGeneratedContexts() {
        for (String file : springFiles()) {
            Element root = jar.xml(file).getDocumentElement();
            assertEquals("30000", root.getAttributeNS(GEMINI_NS, "default-timeout"),
                    file + ": osgi:default-timeout (without it a missing service blocks for 5 minutes)");
        }
    }

    @Test
    void everyImportHasItsChosenVersionRange() {
        List<ManifestHeader.Clause> imports = jar.importPackage();
        assertFalse(imports.isEmpty(), "Import-Package is empty");
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ManifestHeader.Clause clause : imports) {
            String name = clause.name();
            if (EXTENDER_PACKAGES.contains(name)) {
                continue; // optional, versionless: checked by extenderPackagesAndBlueprintEvents_…
            }
            if (!seen.add(name)) {
                problems.add(name + ": imported twice (the bundle would not install)");
            }
            if (name.startsWith("java.")) {
                problems.add(name + ": java.* must not be imported");
            }
            if (name.startsWith("se.planprocess")) {
                problems.add(name + ": our own package is imported - a class named in the descriptor or Spring XML is missing?");
            }
            String version = clause.version();
            String chosen = chosenRange(name);
            if (version == null) {
                problems.add(name + ": no version attribute");
            } else if (chosen == null) {
                problems.add(name + ";version=" + version + ": no range chosen for this package in plugin/pom.xml "
                        + "(bnd derived it from a build-time jar) - choose one in the bnd Import-Package instruction "
                        + "and in PluginJarContract");
            } else if (!normalizeRange(version).equals(chosen)) {
                problems.add(name + ";version=" + version + ": expected the chosen range " + chosen);
            } else {
                VersionRange.parse(version); // well-formed
            }
        }
        if (!problems.isEmpty()) {
            problems.add("(Import-Package: " + jar.mainAttribute("Import-Package") + ")");
        }
        assertNoProblems(problems, jar + " Import-Package");
    }

    @Test
    void everyPackageOurClassesReferenceIsImported() {
        Set<String> own = jar.ownPackages();
        Set<String> imported = jar.importedPackages();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (ClassFile classFile : jar.classes.values()) {
            for (String type : classFile.referencedTypes) {
                String pkg = ClassFile.packageOf(type);
                if (pkg.isEmpty() || pkg.startsWith("java.") || own.contains(pkg) || imported.contains(pkg)) {
                    continue;
                }
                missing.computeIfAbsent(pkg, k -> new TreeSet<>()).add(classFile.name + " -> " + type);
            }
        }
        assertNoProblems(missing.entrySet(), "packages our classes reference but " + jar + " does not import");
    }

    @Test
    void hostPackagesOfAtlassianAndActiveObjectsTypesAreImported() {
        Set<String> imported = jar.importedPackages();
        Set<String> hostPackages = new TreeSet<>();
        for (ClassFile classFile : jar.classes.values()) {
            for (String type : classFile.referencedTypes) {
                if (type.startsWith("com/atlassian/") || type.startsWith("net/java/ao/")) {
                    hostPackages.add(ClassFile.packageOf(type));
                }
            }
        }
        assertFalse(hostPackages.isEmpty(), "our classes use Atlassian / Active Objects types");
        Set<String> missing = new TreeSet<>(hostPackages);
        missing.removeAll(imported);
        assertNoProblems(missing, "host packages used by our classes but not imported by " + jar);
    }

    @Test
    void chosenRangesAdmitTheHostVersions() {
        // Versions the hosts export (confluence-api.md §10; 9.2 runs Servlet 4.0 / JAX-RS 2.1 / Jackson 2.x).
        Map<String, List<String>> hostVersions = hostVersions();
        List<String> problems = new ArrayList<>();
        for (ManifestHeader.Clause clause : jar.importPackage()) {
            VersionRange range = VersionRange.parse(clause.version() == null ? "0" : clause.version());
            for (Map.Entry<String, List<String>> e : hostVersions.entrySet()) {
                String family = e.getKey();
                if (clause.name().equals(family) || clause.name().startsWith(family + ".")) {
                    for (String version : e.getValue()) {
                        if (!range.includes(version)) {
                            problems.add(clause.name() + " " + clause.version() + " excludes host version " + version);
                        }
                    }
                }
            }
        }
        assertNoProblems(problems, "chosen ranges vs host versions in " + jar);
    }

    abstract Map<String, List<String>> hostVersions();

    // ---------------------------------------------------------------- atlassian-plugin.xml

    Document descriptor() {
        assertTrue(jar.has("atlassian-plugin.xml"), "atlassian-plugin.xml in " + jar);
        return jar.xml("atlassian-plugin.xml");
    }

    @Test
    void descriptorIsFilteredAndKeyed() {
        String text = jar.text("atlassian-plugin.xml");
        assertFalse(text.contains("${"), "unfiltered ${...} left in atlassian-plugin.xml");
        Element root = descriptor().getDocumentElement();
        assertEquals("atlassian-plugin", root.getTagName());
        assertEquals(PluginJar.PLUGIN_KEY, root.getAttribute("key"), "plugin key");
        assertEquals("2", root.getAttribute("plugins-version"), "plugins-version");
        assertTrue(children(root, "component").isEmpty() && children(root, "component-import").isEmpty(),
                "a transformerless plugin declares components in Spring XML, not <component>/<component-import>");
    }

    @Test
    void pluginInfoIsComplete() {
        Element info = single(descriptor().getDocumentElement(), "plugin-info");
        assertEquals(PluginJar.projectVersion(), text(single(info, "version")), "plugin-info version");
        Element vendor = single(info, "vendor");
        assertFalse(vendor.getAttribute("name").isBlank(), "vendor name");
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(info, "param")) {
            params.put(param.getAttribute("name"), text(param));
        }
        assertEquals("compatible", params.get("atlassian-data-center-status"), "atlassian-data-center-status");
        assertEquals("true", params.get("atlassian-data-center-compatible"), "atlassian-data-center-compatible");
        for (String image : List.of("plugin-icon", "plugin-logo")) {
            String location = params.get(image);
            assertNotNull(location, image + " param");
            assertTrue(jar.has(location), image + " " + location + " is not in " + jar);
        }
    }

    @Test
    void i18nBundlesArePackaged() {
        List<Element> i18n = elements(descriptor(), "resource").stream()
                .filter(r -> r.getAttribute("type").equals("i18n"))
                .toList();
        assertFalse(i18n.isEmpty(), "an i18n resource is declared");
        for (Element resource : i18n) {
            String base = resource.getAttribute("location").replace('.', '/');
            assertTrue(jar.has(base + ".properties"), base + ".properties (default bundle) in " + jar);
            assertTrue(jar.has(base + "_en.properties"), base + "_en.properties in " + jar);
        }
        assertTrue(jar.has("i18n/planprocess.properties") && jar.has("i18n/planprocess_en.properties"),
                "i18n/planprocess.properties and i18n/planprocess_en.properties");
    }

    @Test
    void activeObjectsModuleHasTheFixedNamespace() {
        List<Element> ao = elements(descriptor(), "ao");
        assertEquals(1, ao.size(), "one <ao> module");
        Element module = ao.get(0);
        assertTrue(module.hasAttribute("namespace"), "<ao> needs an explicit namespace (it decides the table prefix)");
        assertEquals(PluginJar.AO_NAMESPACE, module.getAttribute("namespace"), "<ao namespace>");
        List<Element> entities = children(module, "entity");
        assertFalse(entities.isEmpty(), "<ao> lists its entities");
        for (Element entity : entities) {
            assertTrue(jar.hasClass(text(entity)), "AO entity " + text(entity) + " is not in " + jar);
        }
    }

    @Test
    void everyClassNamedInTheDescriptorExists() {
        List<String> missing = new ArrayList<>();
        for (Element element : elements(descriptor(), "*")) {
            if (element.hasAttribute("class") && !jar.hasClass(element.getAttribute("class"))) {
                missing.add("<" + element.getTagName() + " class=" + element.getAttribute("class") + ">");
            }
        }
        for (Element rest : elements(descriptor(), "rest")) {
            for (Element pkg : children(rest, "package")) {
                if (!jar.ownPackages().contains(text(pkg))) {
                    missing.add("<rest><package>" + text(pkg) + " has no classes");
                }
            }
        }
        assertNoProblems(missing, "descriptor names classes that are not in " + jar);
    }

    @Test
    void everyResourceLocationInTheDescriptorExists() {
        List<String> missing = new ArrayList<>();
        Map<String, String> pluginDownloads = new LinkedHashMap<>();
        Element root = descriptor().getDocumentElement();
        for (Element resource : children(root, "resource")) {
            if (resource.getAttribute("type").equals("download")) {
                pluginDownloads.put(resource.getAttribute("name"), resource.getAttribute("location"));
            }
        }
        for (Element element : elements(descriptor(), "*")) {
            if (!element.hasAttribute("location")) {
                continue;
            }
            String location = element.getAttribute("location");
            String where = "<" + ((Element) element.getParentNode()).getTagName() + "><" + element.getTagName()
                    + " location=" + location + ">";
            if (element.getAttribute("type").equals("i18n")) {
                if (!jar.has(location.replace('.', '/') + ".properties")) {
                    missing.add(where + " (no .properties)");
                }
            } else if (location.endsWith("/")) {
                if (!jar.hasDirectory(location)) {
                    missing.add(where + " (empty directory)");
                }
            } else if (!jar.has(location)) {
                missing.add(where);
            }
        }
        // Module icons served from the plugin's own download resources, e.g.
        // /download/resources/<key>/images/macro-status.png -> <resource name="images/" location="images/">.
        String prefix = "/download/resources/" + PluginJar.PLUGIN_KEY + "/";
        for (Element element : elements(descriptor(), "*")) {
            String icon = element.getAttribute("icon");
            if (!icon.startsWith(prefix)) {
                continue;
            }
            String rest = icon.substring(prefix.length());
            String file = pluginDownloads.entrySet().stream()
                    .filter(d -> rest.startsWith(d.getKey()))
                    .map(d -> d.getValue() + rest.substring(d.getKey().length()))
                    .findFirst().orElse(null);
            if (file == null || !jar.has(file)) {
                missing.add("<" + element.getTagName() + " icon=" + icon + "> -> " + file);
            }
        }
        assertNoProblems(missing, "descriptor locations not in " + jar);
    }

    // ---------------------------------------------------------------- META-INF/spring

    List<String> springFiles() {
        List<String> files = jar.entryNames().stream()
                .filter(n -> n.startsWith("META-INF/spring/") && n.endsWith(".xml"))
                .toList();
        assertFalse(files.isEmpty(), "META-INF/spring/*.xml in " + jar);
        return files;
    }

    /** Interfaces (binary names) of every osgi:reference / osgi:list / osgi:set in the Spring XML. */
    Set<String> osgiReferenceInterfaces() {
        Set<String> interfaces = new TreeSet<>();
        for (String file : springFiles()) {
            Document xml = jar.xml(file);
            for (String ns : List.of(GEMINI_NS, SPRING_DM_NS)) {
                for (String tag : List.of("reference", "list", "set")) {
                    NodeList refs = xml.getElementsByTagNameNS(ns, tag);
                    for (int i = 0; i < refs.getLength(); i++) {
                        Element ref = (Element) refs.item(i);
                        if (ref.hasAttribute("interface")) {
                            interfaces.add(ref.getAttribute("interface").trim());
                        }
                        NodeList values = ref.getElementsByTagNameNS(BEANS_NS, "value");
                        for (int v = 0; v < values.getLength(); v++) {
                            interfaces.add(values.item(v).getTextContent().trim());
                        }
                    }
                }
            }
        }
        return interfaces;
    }

    List<Element> springBeans() {
        List<Element> beans = new ArrayList<>();
        for (String file : springFiles()) {
            NodeList list = jar.xml(file).getElementsByTagNameNS(BEANS_NS, "bean");
            for (int i = 0; i < list.getLength(); i++) {
                beans.add((Element) list.item(i));
            }
        }
        return beans;
    }

    @Test
    void springContextImportsHostServicesAndItsBeansExist() {
        Set<String> interfaces = osgiReferenceInterfaces();
        assertFalse(interfaces.isEmpty(), "host services are imported with osgi:reference");
        Set<String> imported = jar.importedPackages();
        List<String> problems = new ArrayList<>();
        for (String iface : interfaces) {
            String pkg = ClassFile.packageOf(iface.replace('.', '/'));
            if (!imported.contains(pkg)) {
                problems.add("osgi:reference " + iface + ": package " + pkg + " is not in Import-Package");
            }
            if (jar.hasClass(iface)) {
                problems.add("osgi:reference " + iface + " is packaged in the jar (host types must come from the host)");
            }
        }
        for (Element bean : springBeans()) {
            String className = bean.getAttribute("class");
            if (!className.isEmpty() && !jar.hasClass(className)) {
                problems.add("bean " + bean.getAttribute("id") + " class " + className + " is not in the jar");
            }
        }
        assertNoProblems(problems, "META-INF/spring of " + jar);
    }

    /**
     * Constructor autowiring (confluence-api.md §4.1): Spring beans, classes named in the descriptor and REST
     * resources are created by the plugin's Spring context, so every constructor parameter must be a host service
     * imported with osgi:reference or one of our beans. A host type that is not osgi:reference'd fails at enable.
     */
    @Test
    void everyAutowiredConstructorCanBeSatisfied() {
        Set<String> provided = new LinkedHashSet<>();
        osgiReferenceInterfaces().forEach(i -> provided.add(i.replace('.', '/')));
        List<String> autowired = new ArrayList<>();
        for (Element bean : springBeans()) {
            String className = bean.getAttribute("class").replace('.', '/');
            ClassFile classFile = jar.classes.get(className);
            if (classFile == null) {
                continue; // reported by springContextImportsHostServicesAndItsBeansExist
            }
            if (bean.hasAttribute("factory-method")) {
                classFile.methods.stream()
                        .filter(m -> m.name().equals(bean.getAttribute("factory-method")))
                        .forEach(m -> provided.addAll(supertypes(ClassFile.returnType(m.descriptor()))));
                continue;
            }
            provided.addAll(supertypes(className));
            boolean explicit = hasChild(bean, "constructor-arg") || bean.hasAttribute("factory-bean")
                    || (bean.hasAttribute("autowire") && !bean.getAttribute("autowire").equals("constructor"))
                    || (!bean.hasAttribute("autowire") && !"constructor".equals(
                            bean.getOwnerDocument().getDocumentElement().getAttribute("default-autowire")));
            if (!explicit) {
                autowired.add(className);
            }
        }
        for (Element element : elements(descriptor(), "*")) {
            if (element.hasAttribute("class")) {
                autowired.add(element.getAttribute("class").replace('.', '/'));
            }
        }
        Set<String> restPackages = new TreeSet<>();
        elements(descriptor(), "rest").forEach(r -> children(r, "package").forEach(p -> restPackages.add(text(p))));
        for (ClassFile classFile : jar.classes.values()) {
            boolean resource = classFile.classAnnotations.stream().anyMatch(a -> a.endsWith("/ws/rs/Path;"));
            if (resource && !classFile.isInterfaceOrAbstract()
                    && restPackages.stream().anyMatch(p -> ClassFile.packageOf(classFile.name).startsWith(p))) {
                autowired.add(classFile.name);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String className : new LinkedHashSet<>(autowired)) {
            ClassFile classFile = jar.classes.get(className);
            if (classFile == null) {
                continue; // reported by the existence tests
            }
            List<List<String>> unsatisfied = new ArrayList<>();
            boolean ok = false;
            for (ClassFile.Method constructor : classFile.constructors()) {
                List<String> missing = ClassFile.parameterTypes(constructor.descriptor()).stream()
                        .filter(p -> !provided.contains(p))
                        .toList();
                if (missing.isEmpty()) {
                    ok = true;
                    break;
                }
                unsatisfied.add(missing);
            }
            if (!ok) {
                problems.add(className.replace('/', '.') + " cannot be autowired, no bean or osgi:reference for "
                        + unsatisfied);
            }
        }
        if (!problems.isEmpty()) {
            problems.add("(osgi:reference interfaces and bean types: " + provided + ")");
        }
        assertNoProblems(problems, "constructor injection in " + jar);
    }

    /** The type and, as far as it is in our jar, its super classes and interfaces. */
    Set<String> supertypes(String internalName) {
        Set<String> result = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(internalName));
        while (!todo.isEmpty()) {
            String type = todo.remove(todo.size() - 1);
            if (type == null || !result.add(type)) {
                continue;
            }
            ClassFile classFile = jar.classes.get(type);
            if (classFile != null) {
                todo.add(classFile.superName);
                todo.addAll(classFile.interfaces);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    /** Fails listing every problem, one per line, before any (long) context. */
    static void assertNoProblems(java.util.Collection<?> problems, String what) {
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(what).append(": ").append(problems.size()).append(" problem(s)");
            problems.forEach(p -> message.append("\n  - ").append(p));
            org.junit.jupiter.api.Assertions.fail(message.toString());
        }
    }

    Set<String> referencedPackagesStartingWith(String prefix) {
        Set<String> packages = new TreeSet<>();
        for (ClassFile classFile : jar.classes.values()) {
            for (String type : classFile.referencedTypes) {
                String pkg = ClassFile.packageOf(type);
                if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                    packages.add(pkg);
                }
            }
        }
        return packages;
    }

    Set<String> importedPackagesStartingWith(String prefix) {
        Set<String> packages = new TreeSet<>();
        for (String pkg : jar.importedPackages()) {
            if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                packages.add(pkg);
            }
        }
        return packages;
    }

    static String normalizeRange(String version) {
        String v = version.trim();
        return v.equals("0.0.0") || v.equals("0.0") ? "0" : v;
    }

    static List<Element> elements(Document document, String tag) {
        NodeList list = document.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getTagName().equals(tag) || tag.equals(e.getLocalName()))) {
                result.add(e);
            }
        }
        return result;
    }

    static boolean hasChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    static Element single(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertEquals(1, found.size(), "exactly one <" + tag + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    static String text(Element element) {
        return element.getTextContent().trim();
    }
}
