package se.planprocess.hostapi.lines;

import org.objectweb.asm.AnnotationVisitor;
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
            boolean marked = !markers.members.isEmpty() || markers.type != Markers.Presence.EVERYWHERE;
            Files.write(target, marked ? without(bytes, absent) : bytes);
        }
        return leftOut;
    }

    /**
     * The class file without the given members and without the markers on what is kept (their type is in no
     * line); a fresh constant pool, so nothing of the removed members is left behind.
     */
    static byte[] without(byte[] classFile, Set<String> memberKeys) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return isMarker(descriptor) ? null : super.visitAnnotation(descriptor, visible);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (memberKeys.contains(Markers.methodKey(name, descriptor))) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return isMarker(annotation) ? null : super.visitAnnotation(annotation, visible);
                    }
                };
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if (memberKeys.contains(Markers.fieldKey(name, descriptor))) {
                    return null;
                }
                return new FieldVisitor(Opcodes.ASM9, super.visitField(access, name, descriptor, signature, value)) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return isMarker(annotation) ? null : super.visitAnnotation(annotation, visible);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    private static boolean isMarker(String descriptor) {
        return descriptor.startsWith("L" + MARKER_PACKAGE);
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
