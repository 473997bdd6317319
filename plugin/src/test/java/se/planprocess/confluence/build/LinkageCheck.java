package se.planprocess.confluence.build;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Link-time resolution (JVMS §5.4.3) of every reference a set of plugin classes makes, against the class files of
 * one Confluence line: a class loader holding only that line's jars, with the platform class loader (the JDK) as
 * its parent and never the test class path.
 *
 * <p>Checked: superclass and interfaces of each plugin class; every field and method instruction, type
 * instruction, {@code ldc} of a type, method handle or dynamic constant, {@code invokedynamic} bootstrap handle and
 * argument, caught exception type; the types in the descriptors, generic signatures and runtime-visible
 * annotations of the plugin's own fields and methods (reflection by the host's frameworks loads those).
 *
 * <p>A reference fails as the JVM would fail it: a missing class ({@code NoClassDefFoundError}); a member missing
 * by name and descriptor, looked up the class hierarchy and superinterfaces as resolution does
 * ({@code NoSuchMethodError}, {@code NoSuchFieldError}; constructors only in the named class); a static member
 * used as an instance one or the other way round, an interface called as a class or the other way round, a class
 * extending an interface or a final class ({@code IncompatibleClassChangeError}, {@code VerifyError}). Access
 * (private, protected) is not checked.
 */
final class LinkageCheck implements AutoCloseable {

    /** What one check found: the failures (empty when everything links) and how much was looked at. */
    record Result(List<String> failures, int classes, int references) {
    }

    /** The parts of a class file resolution needs. */
    private record ClassInfo(String name, int access, String superName, List<String> interfaces,
                             Map<String, Integer> methods, Map<String, Integer> fields) {
        boolean isInterface() {
            return (access & Opcodes.ACC_INTERFACE) != 0;
        }
    }

    /** A resolved member: where it is declared and its access flags. */
    private record Member(ClassInfo declaredIn, int access) {
        boolean isStatic() {
            return (access & Opcodes.ACC_STATIC) != 0;
        }

        boolean isPrivate() {
            return (access & Opcodes.ACC_PRIVATE) != 0;
        }
    }

    private final URLClassLoader line;
    private final Map<String, byte[]> plugin = new LinkedHashMap<>();
    private final Map<String, Optional<ClassInfo>> parsed = new HashMap<>();
    private final Set<String> failures = new LinkedHashSet<>();
    private int references;

    private LinkageCheck(URLClassLoader line) {
        this.line = line;
    }

    /** A check against the class files in these jars (or directories) and the JDK, nothing else. */
    static LinkageCheck against(List<Path> lineSet) {
        URL[] urls = lineSet.stream().map(LinkageCheck::url).toArray(URL[]::new);
        return new LinkageCheck(new URLClassLoader("confluence-line", urls, ClassLoader.getPlatformClassLoader()));
    }

    /** Resolves every reference of these classes (internal name → class file), which form the plugin. */
    Result check(Map<String, byte[]> pluginClasses) {
        plugin.putAll(pluginClasses);
        for (byte[] classFile : pluginClasses.values()) {
            new ClassReader(classFile).accept(new PluginClassVisitor(), ClassReader.SKIP_FRAMES);
        }
        return new Result(List.copyOf(failures), pluginClasses.size(), references);
    }

    @Override
    public void close() throws IOException {
        line.close();
    }

    /** The class files of a jar or a directory of classes, by internal name. */
    static Map<String, byte[]> classFilesIn(Path jarOrDirectory) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        if (Files.isDirectory(jarOrDirectory)) {
            try (Stream<Path> walk = Files.walk(jarOrDirectory)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = jarOrDirectory.relativize(file).toString().replace('\\', '/');
                    putClass(classes, name, Files.readAllBytes(file));
                }
            }
            return classes;
        }
        try (JarFile jar = new JarFile(jarOrDirectory.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        putClass(classes, entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }

    private static void putClass(Map<String, byte[]> classes, String path, byte[] bytes) {
        if (!path.endsWith("module-info.class") && !path.startsWith("META-INF/")) {
            classes.put(path.substring(0, path.length() - ".class".length()), bytes);
        }
    }

    // ---- the plugin's side: every reference, with the place it is made

    private final class PluginClassVisitor extends ClassVisitor {
        private String className;

        PluginClassVisitor() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name;
            String where = dotted(name);
            if (superName != null) {
                ClassInfo superClass = classFor(where, superName, "superclass");
                if (superClass != null && superClass.isInterface()) {
                    fail(where, "IncompatibleClassChangeError: superclass " + dotted(superName) + " is an interface");
                } else if (superClass != null && (superClass.access() & Opcodes.ACC_FINAL) != 0) {
                    fail(where, "VerifyError: superclass " + dotted(superName) + " is final");
                }
            }
            for (String iface : interfaces) {
                ClassInfo type = classFor(where, iface, "interface");
                if (type != null && !type.isInterface()) {
                    fail(where, "IncompatibleClassChangeError: implemented " + dotted(iface) + " is a class");
                }
            }
            signature(where, signature, false);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(dotted(className), descriptor, visible);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            String where = dotted(className) + "." + name;
            type(where, Type.getType(descriptor), "field type");
            signature(where, signature, true);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return annotation(where, annotation, visible);
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            String where = dotted(className) + "." + name + descriptor;
            type(where, Type.getMethodType(descriptor), "signature");
            signature(where, signature, false);
            return new PluginMethodVisitor(where);
        }
    }

    private final class PluginMethodVisitor extends MethodVisitor {
        private final String where;

        PluginMethodVisitor(String where) {
            super(Opcodes.ASM9);
            this.where = where;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(where, descriptor, visible);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            return annotation(where, descriptor, visible);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            type(where, Type.getObjectType(type), opcodeName(opcode));
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            type(where, Type.getType(descriptor), "multianewarray");
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            field(where, opcode, owner, name, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            method(where, opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            type(where, Type.getMethodType(descriptor), "invokedynamic");
            handle(where, bootstrap);
            constants(where, arguments);
        }

        @Override
        public void visitLdcInsn(Object value) {
            constants(where, value);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                classFor(where, type, "catch");
            }
        }
    }

    private void constants(String where, Object... values) {
        for (Object value : values) {
            if (value instanceof Type type) {
                type(where, type, "ldc");
            } else if (value instanceof Handle handle) {
                handle(where, handle);
            } else if (value instanceof ConstantDynamic dynamic) {
                type(where, Type.getType(dynamic.getDescriptor()), "dynamic constant");
                handle(where, dynamic.getBootstrapMethod());
                for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                    constants(where, dynamic.getBootstrapMethodArgument(i));
                }
            }
        }
    }

    private void handle(String where, Handle handle) {
        type(where, Type.getType(handle.getDesc()), "method handle");
        switch (handle.getTag()) {
            case Opcodes.H_GETFIELD, Opcodes.H_PUTFIELD ->
                    field(where, Opcodes.GETFIELD, handle.getOwner(), handle.getName(), handle.getDesc());
            case Opcodes.H_GETSTATIC, Opcodes.H_PUTSTATIC ->
                    field(where, Opcodes.GETSTATIC, handle.getOwner(), handle.getName(), handle.getDesc());
            case Opcodes.H_INVOKEVIRTUAL -> method(where, Opcodes.INVOKEVIRTUAL, handle.getOwner(), handle.getName(),
                    handle.getDesc(), handle.isInterface());
            case Opcodes.H_INVOKESTATIC -> method(where, Opcodes.INVOKESTATIC, handle.getOwner(), handle.getName(),
                    handle.getDesc(), handle.isInterface());
            case Opcodes.H_INVOKESPECIAL, Opcodes.H_NEWINVOKESPECIAL -> method(where, Opcodes.INVOKESPECIAL,
                    handle.getOwner(), handle.getName(), handle.getDesc(), handle.isInterface());
            case Opcodes.H_INVOKEINTERFACE -> method(where, Opcodes.INVOKEINTERFACE, handle.getOwner(),
                    handle.getName(), handle.getDesc(), true);
            default -> fail(where, "unknown method handle kind " + handle.getTag());
        }
    }

    private AnnotationVisitor annotation(String where, String descriptor, boolean visible) {
        if (!visible) {
            return null; // CLASS retention: never loaded
        }
        type(where, Type.getType(descriptor), "annotation");
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                if (value instanceof Type type) {
                    type(where, type, "annotation value");
                }
            }

            @Override
            public void visitEnum(String name, String enumDescriptor, String value) {
                field(where, Opcodes.GETSTATIC, Type.getType(enumDescriptor).getInternalName(), value, enumDescriptor);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String nested) {
                return annotation(where, nested, true);
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }
        };
    }

    private void signature(String where, String signature, boolean isFieldType) {
        if (signature == null) {
            return;
        }
        SignatureVisitor collector = new SignatureVisitor(Opcodes.ASM9) {
            private String current;

            @Override
            public void visitClassType(String name) {
                current = name;
                classFor(where, name, "generic signature");
            }

            @Override
            public void visitInnerClassType(String name) {
                current = current + "$" + name;
                classFor(where, current, "generic signature");
            }
        };
        if (isFieldType) {
            new SignatureReader(signature).acceptType(collector);
        } else {
            new SignatureReader(signature).accept(collector);
        }
    }

    // ---- resolution

    private void type(String where, Type type, String how) {
        switch (type.getSort()) {
            case Type.ARRAY -> type(where, type.getElementType(), how);
            case Type.OBJECT -> classFor(where, type.getInternalName(), how);
            case Type.METHOD -> {
                for (Type argument : type.getArgumentTypes()) {
                    type(where, argument, how);
                }
                type(where, type.getReturnType(), how);
            }
            default -> {
                // primitive
            }
        }
    }

    private ClassInfo classFor(String where, String internalName, String how) {
        references++;
        if (internalName.startsWith("[")) {
            type(where, Type.getType(internalName), how);
            return info("java/lang/Object").orElse(null);
        }
        Optional<ClassInfo> found = info(internalName);
        if (found.isEmpty()) {
            fail(where, "NoClassDefFoundError: " + dotted(internalName) + " (" + how + ")");
        }
        return found.orElse(null);
    }

    private void field(String where, int opcode, String owner, String name, String descriptor) {
        String reference = dotted(owner) + "." + name + ":" + descriptor + " (" + opcodeName(opcode) + ")";
        ClassInfo type = classFor(where, owner, opcodeName(opcode));
        if (type == null) {
            return;
        }
        Member field = resolveField(where, type, name + ":" + descriptor, new HashSet<>());
        if (field == null) {
            fail(where, "NoSuchFieldError: " + reference);
            return;
        }
        boolean wantStatic = opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC;
        if (field.isStatic() != wantStatic) {
            fail(where, "IncompatibleClassChangeError: " + reference + ": the field is "
                    + (field.isStatic() ? "static" : "not static"));
        }
    }

    private void method(String where, int opcode, String owner, String name, String descriptor, boolean isInterface) {
        String reference = dotted(owner) + "." + name + descriptor + " (" + opcodeName(opcode) + ")";
        ClassInfo type = classFor(where, owner, opcodeName(opcode));
        if (type == null) {
            return;
        }
        if (owner.startsWith("[")) {
            isInterface = false; // array methods (clone) resolve in Object
        }
        if (isInterface != type.isInterface()) {
            fail(where, "IncompatibleClassChangeError: " + reference + ": " + dotted(type.name())
                    + (type.isInterface() ? " is an interface, called as a class" : " is a class, called as an interface"));
            return;
        }
        String key = name + descriptor;
        Member method = isInterface ? resolveInterfaceMethod(where, type, key) : resolveClassMethod(where, type, name, key);
        if (method == null) {
            fail(where, "NoSuchMethodError: " + reference);
            return;
        }
        boolean wantStatic = opcode == Opcodes.INVOKESTATIC;
        if (method.isStatic() != wantStatic) {
            fail(where, "IncompatibleClassChangeError: " + reference + ": the method is "
                    + (method.isStatic() ? "static" : "not static"));
        }
    }

    /** JVMS §5.4.3.2: the class, then its superinterfaces, then its superclass, recursively. */
    private Member resolveField(String where, ClassInfo type, String key, Set<String> seen) {
        if (!seen.add(type.name())) {
            return null;
        }
        Integer access = type.fields().get(key);
        if (access != null) {
            return new Member(type, access);
        }
        for (String iface : type.interfaces()) {
            ClassInfo superInterface = classFor(where, iface, "superinterface of " + dotted(type.name()));
            Member found = superInterface == null ? null : resolveField(where, superInterface, key, seen);
            if (found != null) {
                return found;
            }
        }
        ClassInfo superClass = superclassOf(where, type);
        return superClass == null ? null : resolveField(where, superClass, key, seen);
    }

    /**
     * JVMS §5.4.3.3: the class and its superclasses, then the superinterfaces. A constructor resolves only in the
     * class named (HotSpot refuses an {@code <init>} found in a superclass).
     */
    private Member resolveClassMethod(String where, ClassInfo type, String name, String key) {
        if (name.equals("<init>")) {
            Integer access = type.methods().get(key);
            return access == null ? null : new Member(type, access);
        }
        for (ClassInfo c = type; c != null; c = superclassOf(where, c)) {
            Integer access = c.methods().get(key);
            if (access != null) {
                return new Member(c, access);
            }
            Member polymorphic = signaturePolymorphic(c, name);
            if (polymorphic != null) {
                return polymorphic;
            }
        }
        return superinterfaceMethod(where, type, key);
    }

    /** JVMS §5.4.3.4: the interface, then Object's public instance methods, then the superinterfaces. */
    private Member resolveInterfaceMethod(String where, ClassInfo type, String key) {
        Integer access = type.methods().get(key);
        if (access != null) {
            return new Member(type, access);
        }
        Optional<ClassInfo> object = info("java/lang/Object");
        if (object.isPresent()) {
            Integer objectAccess = object.get().methods().get(key);
            if (objectAccess != null && (objectAccess & Opcodes.ACC_PUBLIC) != 0
                    && (objectAccess & Opcodes.ACC_STATIC) == 0) {
                return new Member(object.get(), objectAccess);
            }
        }
        return superinterfaceMethod(where, type, key);
    }

    /** A non-private, non-static method of any superinterface of the type or of its superclasses. */
    private Member superinterfaceMethod(String where, ClassInfo type, String key) {
        Deque<String> queue = new ArrayDeque<>();
        for (ClassInfo c = type; c != null; c = superclassOf(where, c)) {
            queue.addAll(c.interfaces());
        }
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (!seen.add(name)) {
                continue;
            }
            ClassInfo iface = classFor(where, name, "superinterface");
            if (iface == null) {
                continue;
            }
            Integer access = iface.methods().get(key);
            if (access != null) {
                Member member = new Member(iface, access);
                if (!member.isPrivate() && !member.isStatic()) {
                    return member;
                }
            }
            queue.addAll(iface.interfaces());
        }
        return null;
    }

    /** MethodHandle.invoke/invokeExact and the VarHandle access modes accept any descriptor (JVMS §2.9.3). */
    private static Member signaturePolymorphic(ClassInfo type, String name) {
        if (!type.name().equals("java/lang/invoke/MethodHandle") && !type.name().equals("java/lang/invoke/VarHandle")) {
            return null;
        }
        int required = Opcodes.ACC_VARARGS | Opcodes.ACC_NATIVE;
        return type.methods().entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + "(") && (e.getValue() & required) == required)
                .map(e -> new Member(type, e.getValue())).findFirst().orElse(null);
    }

    private ClassInfo superclassOf(String where, ClassInfo type) {
        return type.superName() == null ? null : classFor(where, type.superName(), "superclass of " + dotted(type.name()));
    }

    private Optional<ClassInfo> info(String internalName) {
        return parsed.computeIfAbsent(internalName, name -> Optional.ofNullable(classFile(name)).map(LinkageCheck::parse));
    }

    /** The class file from the plugin, else from the line's class loader (its jars, then the JDK). */
    private byte[] classFile(String internalName) {
        byte[] own = plugin.get(internalName);
        if (own != null) {
            return own;
        }
        try (InputStream in = line.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassInfo parse(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Map<String, Integer> methods = new HashMap<>();
        Map<String, Integer> fields = new HashMap<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                methods.put(name + descriptor, access);
                return null;
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                fields.put(name + ":" + descriptor, access);
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new ClassInfo(reader.getClassName(), reader.getAccess(), reader.getSuperName(),
                List.of(reader.getInterfaces()), methods, fields);
    }

    private void fail(String where, String what) {
        failures.add(where + ": " + what);
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    private static String opcodeName(int opcode) {
        return switch (opcode) {
            case Opcodes.GETFIELD -> "getfield";
            case Opcodes.PUTFIELD -> "putfield";
            case Opcodes.GETSTATIC -> "getstatic";
            case Opcodes.PUTSTATIC -> "putstatic";
            case Opcodes.INVOKEVIRTUAL -> "invokevirtual";
            case Opcodes.INVOKESPECIAL -> "invokespecial";
            case Opcodes.INVOKESTATIC -> "invokestatic";
            case Opcodes.INVOKEINTERFACE -> "invokeinterface";
            case Opcodes.NEW -> "new";
            case Opcodes.ANEWARRAY -> "anewarray";
            case Opcodes.CHECKCAST -> "checkcast";
            case Opcodes.INSTANCEOF -> "instanceof";
            default -> "opcode " + opcode;
        };
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
