package se.planprocess.confluence.build;

import com.atlassian.confluence.security.PermissionManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated line sets against the markers of the full host-api (the one the plugin compiles against, read
 * from the test class path): every member marked not in Confluence is in neither set, every member marked
 * removed in 10.0 is in the 9.2 set and not in the 10 set (the {@code User} overloads of
 * {@code PermissionManager} among them), and every other type and member of the stand-ins is in both.
 */
class LineSetsIT {
    private static final String NOT_IN_CONFLUENCE = "Lse/planprocess/hostapi/NotInConfluence;";
    private static final String REMOVED_IN = "Lse/planprocess/hostapi/RemovedIn;";
    private static final Path LINE_SETS = Path.of(System.getProperty("planprocess.lineSets", "target/line-sets"));

    /** A member of the full host-api, {@code class#nameDescriptor}, and its marker ("", "not", or a line). */
    private static final Map<String, String> FULL = new LinkedHashMap<>();
    private static Set<String> set92;
    private static Set<String> set10;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        Path fullHostApi = Path.of(PermissionManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Map.Entry<String, byte[]> entry : LinkageCheck.classFilesIn(fullHostApi).entrySet()) {
            if (!entry.getKey().startsWith("se/planprocess/hostapi/")) {
                markers(entry.getValue(), FULL);
            }
        }
        set92 = membersOf("confluence92");
        set10 = membersOf("confluence10");
    }

    @Test
    void membersNotInConfluence_areInNeitherLineSet() {
        List<String> marked = marked("not");
        assertTrue(marked.size() >= 8, "members marked not in Confluence: " + marked);
        for (String member : marked) {
            assertTrue(!set92.contains(member) && !set10.contains(member), member);
        }
    }

    @Test
    void membersRemovedIn10_areInThe92SetOnly_amongThemTheUserOverloadsOfPermissionManager() {
        List<String> marked = marked("10.0");
        assertTrue(marked.contains("com/atlassian/confluence/security/PermissionManager#hasPermission("
                + "Lcom/atlassian/user/User;Lcom/atlassian/confluence/security/Permission;Ljava/lang/Object;)Z"), marked.toString());
        assertTrue(marked.contains("com/atlassian/confluence/security/PermissionManager#isConfluenceAdministrator("
                + "Lcom/atlassian/user/User;)Z"), marked.toString());
        for (String member : marked) {
            assertTrue(set92.contains(member), "missing from the 9.2 set: " + member);
            assertTrue(!set10.contains(member), "in the 10 set: " + member);
        }
        assertTrue(set10.contains("com/atlassian/confluence/security/PermissionManager#hasPermission("
                + "Lcom/atlassian/confluence/user/ConfluenceUser;Lcom/atlassian/confluence/security/Permission;Ljava/lang/Object;)Z"));
    }

    @Test
    void everyUnmarkedTypeAndMember_isInBothLineSets_andNothingElseIs() {
        Set<String> unmarked = new LinkedHashSet<>(marked(""));
        Set<String> expected10 = new LinkedHashSet<>(unmarked);
        Set<String> expected92 = new LinkedHashSet<>(unmarked);
        expected92.addAll(marked("10.0"));
        assertSameMembers("confluence92", expected92, set92);
        assertSameMembers("confluence10", expected10, set10);
    }

    private static void assertSameMembers(String line, Set<String> expected, Set<String> actual) {
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), line + " lacks " + missing + " and holds besides " + extra);
    }

    private static List<String> marked(String marker) {
        return FULL.entrySet().stream().filter(e -> e.getValue().equals(marker)).map(Map.Entry::getKey).toList();
    }

    private static Set<String> membersOf(String line) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(LINE_SETS.resolve(line))) {
            jars = files.filter(p -> p.getFileName().toString().startsWith("planprocess-host-api-")).toList();
        }
        assertEquals(1, jars.size(), jars.toString());
        Map<String, String> members = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : LinkageCheck.classFilesIn(jars.get(0)).entrySet()) {
            assertTrue(!entry.getKey().startsWith("se/"), line + " holds " + entry.getKey());
            markers(entry.getValue(), members);
            assertTrue(members.values().stream().allMatch(String::isEmpty), line + " keeps a marker in " + entry.getKey());
        }
        return members.keySet();
    }

    /** Puts the class (as its name) and each member with its marker; a marked class marks its members. */
    private static void markers(byte[] classFile, Map<String, String> into) {
        ClassReader reader = new ClassReader(classFile);
        String owner = reader.getClassName();
        List<String> members = new ArrayList<>();
        into.put(owner, "");
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return marker(descriptor, owner, into);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                String key = owner + "#" + name + descriptor;
                into.put(key, "");
                members.add(key);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return marker(annotation, key, into);
                    }
                };
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                String key = owner + "#" + name + ":" + descriptor;
                into.put(key, "");
                members.add(key);
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return marker(annotation, key, into);
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        String classMarker = into.get(owner);
        if (!classMarker.isEmpty()) {
            members.stream().filter(m -> into.get(m).isEmpty()).forEach(m -> into.put(m, classMarker));
        }
    }

    private static AnnotationVisitor marker(String descriptor, String key, Map<String, String> into) {
        if (NOT_IN_CONFLUENCE.equals(descriptor)) {
            into.put(key, "not");
            return null;
        }
        if (!REMOVED_IN.equals(descriptor)) {
            return null;
        }
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                into.put(key, String.valueOf(value));
            }
        };
    }
}
