package se.planprocess.hostapi.lines;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The line markers of one stand-in class file: on the class itself and on each of its members, keyed by name and
 * descriptor ({@code hasPermission(Lcom/atlassian/user/User;…)Z} for a method, {@code name:desc} for a field).
 */
final class Markers {
    static final String NOT_IN_CONFLUENCE = "Lse/planprocess/hostapi/NotInConfluence;";
    static final String REMOVED_IN = "Lse/planprocess/hostapi/RemovedIn;";

    /** Where a type or member exists: in no Confluence, or in every line before {@code removedIn} (null: all). */
    record Presence(boolean notInConfluence, ConfluenceLine removedIn) {
        static final Presence EVERYWHERE = new Presence(false, null);

        boolean isIn(ConfluenceLine line) {
            return !notInConfluence && (removedIn == null || !line.isAtLeast(removedIn));
        }

        @Override
        public String toString() {
            return notInConfluence ? "not in Confluence" : removedIn == null ? "in every line" : "removed in " + removedIn;
        }
    }

    final String className;
    Presence type = Presence.EVERYWHERE;
    final Map<String, Presence> members = new LinkedHashMap<>();

    private Markers(String className) {
        this.className = className;
    }

    static String methodKey(String name, String descriptor) {
        return name + descriptor;
    }

    static String fieldKey(String name, String descriptor) {
        return name + ":" + descriptor;
    }

    /** Keys of the members the line lacks. */
    Set<String> absentFrom(ConfluenceLine line) {
        return members.entrySet().stream().filter(e -> !e.getValue().isIn(line)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Markers read(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Markers markers = new Markers(reader.getClassName());
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                return marker(descriptor, markers.className, p -> markers.type = p);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                String key = methodKey(name, descriptor);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return marker(annotation, markers.className + "#" + key, p -> markers.members.put(key, p));
                    }
                };
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                String key = fieldKey(name, descriptor);
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        return marker(annotation, markers.className + "#" + key, p -> markers.members.put(key, p));
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        return markers;
    }

    private static AnnotationVisitor marker(String descriptor, String where, Consumer<Presence> sink) {
        if (NOT_IN_CONFLUENCE.equals(descriptor)) {
            sink.accept(new Presence(true, null));
            return null;
        }
        if (!REMOVED_IN.equals(descriptor)) {
            return null;
        }
        return new AnnotationVisitor(Opcodes.ASM9) {
            private String value;

            @Override
            public void visit(String name, Object v) {
                if ("value".equals(name)) {
                    value = String.valueOf(v);
                }
            }

            @Override
            public void visitEnd() {
                try {
                    sink.accept(new Presence(false, ConfluenceLine.parse(value)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": @RemovedIn: " + e.getMessage(), e);
                }
            }
        };
    }
}
