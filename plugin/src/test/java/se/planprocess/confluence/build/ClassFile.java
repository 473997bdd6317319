package se.planprocess.confluence.build;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the JVM class-file format (JVMS §4) to see what a compiled class refers to: the constant pool,
 * the class's own name, super class and interfaces, its methods, and its class-level runtime annotations.
 */
final class ClassFile {

    record Method(int access, String name, String descriptor) {
        boolean isConstructor() {
            return name.equals("<init>");
        }
    }

    static final int ACC_INTERFACE = 0x0200;
    static final int ACC_ABSTRACT = 0x0400;
    static final int ACC_SYNTHETIC = 0x1000;

    private static final Pattern TYPE_IN_DESCRIPTOR =
            Pattern.compile("L([A-Za-z_$][A-Za-z0-9_$]*(?:/[A-Za-z_$][A-Za-z0-9_$]*)+)[;<]");

    final String name;
    final String superName;
    final List<String> interfaces = new ArrayList<>();
    final int access;
    final List<Method> methods = new ArrayList<>();
    /** Every CONSTANT_Utf8 in the pool. */
    final List<String> utf8 = new ArrayList<>();
    /** Internal names of every type the class refers to (class constants, descriptors, signatures, annotations). */
    final Set<String> referencedTypes = new LinkedHashSet<>();
    /** Descriptors of the class-level RuntimeVisibleAnnotations, e.g. {@code Ljavax/ws/rs/Path;}. */
    final Set<String> classAnnotations = new LinkedHashSet<>();

    private final String[] utf8ByIndex;

    private ClassFile(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        utf8ByIndex = new String[count];
        int[] classNameIndex = new int[count];
        Set<Integer> stringLiteralTargets = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    utf8ByIndex[i] = in.readUTF();
                    utf8.add(utf8ByIndex[i]);
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8 -> stringLiteralTargets.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("Unknown constant pool tag " + tag + " at " + i);
            }
        }
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                addType(utf8ByIndex[classNameIndex[i]]);
            }
        }
        for (int i = 1; i < count; i++) {
            if (utf8ByIndex[i] != null && !stringLiteralTargets.contains(i)) {
                Matcher m = TYPE_IN_DESCRIPTOR.matcher(utf8ByIndex[i]);
                while (m.find()) {
                    referencedTypes.add(m.group(1));
                }
            }
        }
        access = in.readUnsignedShort();
        name = utf8ByIndex[classNameIndex[in.readUnsignedShort()]];
        int superIndex = in.readUnsignedShort();
        superName = superIndex == 0 ? null : utf8ByIndex[classNameIndex[superIndex]];
        int interfaceCount = in.readUnsignedShort();
        for (int i = 0; i < interfaceCount; i++) {
            interfaces.add(utf8ByIndex[classNameIndex[in.readUnsignedShort()]]);
        }
        int fieldCount = in.readUnsignedShort();
        for (int i = 0; i < fieldCount; i++) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            skipAttributes(in);
        }
        int methodCount = in.readUnsignedShort();
        for (int i = 0; i < methodCount; i++) {
            int methodAccess = in.readUnsignedShort();
            String methodName = utf8ByIndex[in.readUnsignedShort()];
            String descriptor = utf8ByIndex[in.readUnsignedShort()];
            methods.add(new Method(methodAccess, methodName, descriptor));
            skipAttributes(in);
        }
        int attributeCount = in.readUnsignedShort();
        for (int i = 0; i < attributeCount; i++) {
            String attributeName = utf8ByIndex[in.readUnsignedShort()];
            int length = in.readInt();
            if (attributeName.equals("RuntimeVisibleAnnotations")) {
                int annotations = in.readUnsignedShort();
                for (int a = 0; a < annotations; a++) {
                    classAnnotations.add(readAnnotation(in));
                }
            } else {
                in.skipNBytes(length);
            }
        }
    }

    static ClassFile parse(byte[] bytes) {
        try {
            return new ClassFile(bytes);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Unreadable class file: " + e, e);
        }
    }

    boolean isInterfaceOrAbstract() {
        return (access & (ACC_INTERFACE | ACC_ABSTRACT)) != 0;
    }

    List<Method> constructors() {
        return methods.stream().filter(Method::isConstructor).filter(m -> (m.access() & ACC_SYNTHETIC) == 0).toList();
    }

    /** Internal names (or primitive/array descriptors) of a method descriptor's parameters. */
    static List<String> parameterTypes(String methodDescriptor) {
        List<String> types = new ArrayList<>();
        int i = 1;
        while (methodDescriptor.charAt(i) != ')') {
            int start = i;
            while (methodDescriptor.charAt(i) == '[') {
                i++;
            }
            if (methodDescriptor.charAt(i) == 'L') {
                i = methodDescriptor.indexOf(';', i);
            }
            i++;
            String type = methodDescriptor.substring(start, i);
            types.add(type.startsWith("L") ? type.substring(1, type.length() - 1) : type);
        }
        return types;
    }

    /** Internal name (or primitive/array descriptor) of a method descriptor's return type. */
    static String returnType(String methodDescriptor) {
        String type = methodDescriptor.substring(methodDescriptor.indexOf(')') + 1);
        return type.startsWith("L") ? type.substring(1, type.length() - 1) : type;
    }

    static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }

    private void addType(String classConstant) {
        if (classConstant.startsWith("[")) {
            Matcher m = TYPE_IN_DESCRIPTOR.matcher(classConstant);
            while (m.find()) {
                referencedTypes.add(m.group(1));
            }
        } else {
            referencedTypes.add(classConstant);
        }
    }

    private String readAnnotation(DataInputStream in) throws IOException {
        String type = utf8ByIndex[in.readUnsignedShort()];
        int pairs = in.readUnsignedShort();
        for (int p = 0; p < pairs; p++) {
            in.readUnsignedShort();
            skipElementValue(in);
        }
        return type;
    }

    private void skipElementValue(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.readUnsignedShort();
            case 'e' -> in.readInt();
            case '@' -> readAnnotation(in);
            case '[' -> {
                int values = in.readUnsignedShort();
                for (int v = 0; v < values; v++) {
                    skipElementValue(in);
                }
            }
            default -> throw new IOException("Unknown annotation element tag " + (char) tag);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.readUnsignedShort();
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
