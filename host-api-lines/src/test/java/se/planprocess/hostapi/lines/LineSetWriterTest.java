package se.planprocess.hostapi.lines;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Line sets written from hand-made stand-in class files carrying the markers. */
class LineSetWriterTest {
    @TempDir
    Path dir;
    private Path classes;

    @BeforeEach
    void standIns() throws IOException {
        classes = dir.resolve("classes");
        ClassWriter sample = new ClassWriter(0);
        sample.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, "com/example/Sample",
                null, "java/lang/Object", null);
        method(sample, "kept", null);
        method(sample, "localOnly", Markers.NOT_IN_CONFLUENCE);
        MethodVisitor removed = sample.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "removed", "()V", null, null);
        AnnotationVisitor in10 = removed.visitAnnotation(Markers.REMOVED_IN, false);
        in10.visit("value", "10.0");
        in10.visitEnd();
        removed.visitEnd();
        FieldVisitor field = sample.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "LOCAL",
                "Ljava/lang/Object;", null, null);
        field.visitAnnotation(Markers.NOT_IN_CONFLUENCE, false).visitEnd();
        field.visitEnd();
        sample.visitEnd();
        write("com/example/Sample.class", sample.toByteArray());

        ClassWriter gone = new ClassWriter(0);
        gone.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, "com/example/Gone",
                null, "java/lang/Object", null);
        AnnotationVisitor goneIn10 = gone.visitAnnotation(Markers.REMOVED_IN, false);
        goneIn10.visit("value", "10.0");
        goneIn10.visitEnd();
        gone.visitEnd();
        write("com/example/Gone.class", gone.toByteArray());

        write("se/planprocess/hostapi/NotInConfluence.class", new byte[] {1});
        Files.writeString(classes.resolve("com/example/notes.txt"), "kept as is");
    }

    @Test
    void notInConfluenceMembers_areInNoLineSet() throws IOException {
        for (String line : List.of("9.2", "10.0")) {
            List<String> members = members(written(line).resolve("com/example/Sample.class"));
            assertFalse(members.contains("localOnly()V"), line + ": " + members);
            assertFalse(members.contains("LOCAL:Ljava/lang/Object;"), line + ": " + members);
            assertTrue(members.contains("kept()V"), line + ": " + members);
        }
    }

    @Test
    void aMemberRemovedIn10_isInThe92Set_andNotInThe10Set() throws IOException {
        assertTrue(members(written("9.2").resolve("com/example/Sample.class")).contains("removed()V"));
        assertFalse(members(written("10.0").resolve("com/example/Sample.class")).contains("removed()V"));
        assertFalse(members(written("10.1").resolve("com/example/Sample.class")).contains("removed()V"));
    }

    @Test
    void aClassRemovedIn10_isNoFileOfThe10Set() throws IOException {
        assertTrue(Files.exists(written("9.2").resolve("com/example/Gone.class")));
        assertFalse(Files.exists(written("10.0").resolve("com/example/Gone.class")));
    }

    @Test
    void theMarkerPackage_isInNoLineSet_andOtherFilesAreCopied() throws IOException {
        Path set = written("9.2");
        assertFalse(Files.exists(set.resolve("se/planprocess/hostapi")));
        assertEquals("kept as is", Files.readString(set.resolve("com/example/notes.txt")));
    }

    @Test
    void theStrippedClass_keepsNoConstantOfARemovedMember() throws IOException {
        byte[] bytes = Files.readAllBytes(written("10.0").resolve("com/example/Sample.class"));
        String pool = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(pool.contains("localOnly"));
        assertFalse(pool.contains("removed"));
        assertTrue(pool.contains("kept"));
    }

    @Test
    void theKeptMembers_carryNoMarker() throws IOException {
        byte[] bytes = Files.readAllBytes(written("9.2").resolve("com/example/Sample.class"));
        assertTrue(members(written("9.2").resolve("com/example/Sample.class")).contains("removed()V"));
        assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("se/planprocess/hostapi"));
    }

    @Test
    void aLineThatIsNotMajorDotMinor_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfluenceLine.parse("10"));
        assertTrue(e.getMessage().contains("major.minor"), e.getMessage());
    }

    @Test
    void aRemovedInValueThatIsNotALine_isRefusedWithTheMember() throws IOException {
        ClassWriter bad = new ClassWriter(0);
        bad.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT, "com/example/Bad",
                null, "java/lang/Object", null);
        MethodVisitor m = bad.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "m", "()V", null, null);
        AnnotationVisitor removedIn = m.visitAnnotation(Markers.REMOVED_IN, false);
        removedIn.visit("value", "ten");
        removedIn.visitEnd();
        m.visitEnd();
        bad.visitEnd();
        write("com/example/Bad.class", bad.toByteArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> written("10.0"));
        assertTrue(e.getMessage().contains("com/example/Bad#m()V"), e.getMessage());
    }

    private Path written(String line) throws IOException {
        Path out = dir.resolve("line-" + line);
        new LineSetWriter(ConfluenceLine.parse(line)).write(classes, out);
        return out;
    }

    private static void method(ClassWriter writer, String name, String marker) {
        MethodVisitor m = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, name, "()V", null, null);
        if (marker != null) {
            m.visitAnnotation(marker, false).visitEnd();
        }
        m.visitEnd();
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = classes.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static List<String> members(Path classFile) throws IOException {
        List<String> members = new ArrayList<>();
        new ClassReader(Files.readAllBytes(classFile)).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                members.add(name + descriptor);
                return null;
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                members.add(name + ":" + descriptor);
                return null;
            }
        }, 0);
        return members;
    }
}
