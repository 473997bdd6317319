package se.planprocess.hostapi.lines;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the stand-in set of one Confluence line: every class file of host-api, without the classes and members
 * that the line lacks, and without the marker package itself (it exists in no Confluence).
 *
 * <p>Usage: {@code LineSetWriter <host-api classes> <output directory> <line>}, e.g. {@code … target/classes
 * target/confluence10-classes 10.0}. The output directory is emptied first.
 */
public final class LineSetWriter {
    static final String MARKER_PACKAGE = "se/planprocess/hostapi/";

    private final ConfluenceLine line;

    LineSetWriter(ConfluenceLine line) {
        this.line = line;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: LineSetWriter <host-api classes> <output directory> <line>");
        }
        LineSetWriter writer = new LineSetWriter(ConfluenceLine.parse(args[2]));
        List<String> left = writer.write(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Confluence " + writer.line + " stand-in set in " + args[1] + ", without " + left.size()
                + " types and members:");
        left.forEach(entry -> System.out.println("  " + entry));
    }

    /** Writes the set and returns what was left out, as {@code class} or {@code class#member (why)}. */
    List<String> write(Path classes, Path output) throws IOException {
        deleteTree(output);
        List<String> leftOut = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = classes.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(MARKER_PACKAGE)) {
                continue;
            }
            Path target = output.resolve(relative);
            if (!relative.endsWith(".class")) {
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            Markers markers = Markers.read(bytes);
            if (!markers.type.isIn(line)) {
                leftOut.add(markers.className + " (" + markers.type + ")");
                continue;
            }
            Set<String> absent = markers.absentFrom(line);
            absent.forEach(key -> leftOut.add(markers.className + "#" + key + " (" + markers.members.get(key) + ")"));
            Files.createDirectories(target.getParent());
            Files.write(target, absent.isEmpty() ? bytes : without(bytes, absent));
        }
        return leftOut;
    }

    /** The class file without the given members; a fresh constant pool, so nothing of them is left behind. */
    static byte[] without(byte[] classFile, Set<String> memberKeys) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return memberKeys.contains(Markers.methodKey(name, descriptor)) ? null
                        : super.visitMethod(access, name, descriptor, signature, exceptions);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                return memberKeys.contains(Markers.fieldKey(name, descriptor)) ? null
                        : super.visitField(access, name, descriptor, signature, value);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
