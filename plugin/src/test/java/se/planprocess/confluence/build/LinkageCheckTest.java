package se.planprocess.confluence.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.ACC_ABSTRACT;
import static org.objectweb.asm.Opcodes.ACC_INTERFACE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

/**
 * The linkage check's own failure paths, on hand-made class files: two tiny "lines" of a host API that differ in
 * one member and one class, and one-method plugin classes that each make one reference.
 */
class LinkageCheckTest {
    private static final String API = "host/Api";
    private static final String BASE = "host/Base";
    private static final String WIDGET = "host/Widget";

    @TempDir
    Path dir;
    private Path oldLine;
    private Path newLine;

    @BeforeEach
    void lines() throws IOException {
        oldLine = dir.resolve("old");
        newLine = dir.resolve("new");
        for (Path line : List.of(oldLine, newLine)) {
            boolean old = line == oldLine;
            ClassWriter api = new ClassWriter(0);
            api.visit(Opcodes.V17, ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT, API, null, "java/lang/Object", null);
            api.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, "call", "(Ljava/lang/String;)V", null, null).visitEnd();
            if (old) {
                api.visitMethod(ACC_PUBLIC | ACC_ABSTRACT, "old", "(Ljava/lang/Object;)V", null, null).visitEnd();
            }
            write(line, API, api);

            ClassWriter base = new ClassWriter(0);
            base.visit(Opcodes.V17, ACC_PUBLIC, BASE, null, "java/lang/Object", null);
            emptyMethod(base, ACC_PUBLIC, "<init>", "()V");
            emptyMethod(base, ACC_PUBLIC, "inherited", "()V");
            emptyMethod(base, ACC_PUBLIC | ACC_STATIC, "util", "()V");
            base.visitField(ACC_PUBLIC | ACC_STATIC, "CONST", "I", null, null).visitEnd();
            base.visitField(ACC_PUBLIC, "value", "I", null, null).visitEnd();
            write(line, BASE, base);

            ClassWriter widget = new ClassWriter(0);
            widget.visit(Opcodes.V17, ACC_PUBLIC, WIDGET, null, BASE, null);
            emptyMethod(widget, ACC_PUBLIC, "<init>", "(I)V");
            write(line, WIDGET, widget);

            if (old) {
                ClassWriter gone = new ClassWriter(0);
                gone.visit(Opcodes.V17, ACC_PUBLIC, "host/Gone", null, "java/lang/Object", null);
                emptyMethod(gone, ACC_PUBLIC, "<init>", "()V");
                write(line, "host/Gone", gone);
            }
        }
    }

    @Test
    void referencesThatExist_link_includingInheritedMembersAndTheJdk() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitTypeInsn(Opcodes.NEW, WIDGET);
            m.visitInsn(Opcodes.DUP);
            m.visitInsn(Opcodes.ICONST_1);
            m.visitMethodInsn(Opcodes.INVOKESPECIAL, WIDGET, "<init>", "(I)V", false);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, WIDGET, "inherited", "()V", false);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, WIDGET, "util", "()V", false);
            m.visitFieldInsn(Opcodes.GETSTATIC, WIDGET, "CONST", "I");
            m.visitInsn(Opcodes.POP);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEINTERFACE, API, "call", "(Ljava/lang/String;)V", true);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEINTERFACE, API, "hashCode", "()I", true);
            m.visitInsn(Opcodes.POP);
            m.visitLdcInsn("x");
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "length", "()I", false);
            m.visitInsn(Opcodes.POP);
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void aMissingMethod_fails_namingClassMethodAndReference() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BASE, "missing", "()V", false);
        });
        assertEquals(List.of("plugin.Caller.run()V: NoSuchMethodError: host.Base.missing()V (invokevirtual)"), failures);
    }

    @Test
    void aChangedDescriptor_fails() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEINTERFACE, API, "call", "(Ljava/lang/Object;)V", true);
        });
        assertEquals(List.of("plugin.Caller.run()V: NoSuchMethodError: host.Api.call(Ljava/lang/Object;)V (invokeinterface)"),
                failures);
    }

    @Test
    void aStaticMemberUsedAsAnInstanceOne_fails_andTheOtherWayRound() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BASE, "util", "()V", false);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, BASE, "inherited", "()V", false);
            m.visitFieldInsn(Opcodes.GETSTATIC, BASE, "value", "I");
            m.visitInsn(Opcodes.POP);
        });
        assertEquals(List.of(
                "plugin.Caller.run()V: IncompatibleClassChangeError: host.Base.util()V (invokevirtual): the method is static",
                "plugin.Caller.run()V: IncompatibleClassChangeError: host.Base.inherited()V (invokestatic): the method is not static",
                "plugin.Caller.run()V: IncompatibleClassChangeError: host.Base.value:I (getstatic): the field is not static"),
                failures);
    }

    @Test
    void anInterfaceCalledAsAClass_fails_asDoesAClassImplementedAsAnInterface() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, API, "call", "(Ljava/lang/String;)V", false);
        });
        assertEquals(List.of("plugin.Caller.run()V: IncompatibleClassChangeError: host.Api.call(Ljava/lang/String;)V "
                + "(invokevirtual): host.Api is an interface, called as a class"), failures);

        ClassWriter implementer = new ClassWriter(0);
        implementer.visit(Opcodes.V17, ACC_PUBLIC, "plugin/Implementer", null, "java/lang/Object", new String[] {BASE});
        implementer.visitEnd();
        try (LinkageCheck target = LinkageCheck.against(List.of(newLine))) {
            assertEquals(List.of("plugin.Implementer: IncompatibleClassChangeError: implemented host.Base is a class"),
                    target.check(Map.of("plugin/Implementer", implementer.toByteArray())).failures());
        }
    }

    @Test
    void aMissingClass_fails() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitTypeInsn(Opcodes.NEW, "host/Nowhere");
            m.visitInsn(Opcodes.POP);
        });
        assertEquals(List.of("plugin.Caller.run()V: NoClassDefFoundError: host.Nowhere (new)"), failures);
    }

    @Test
    void aMemberAndAClassOfTheOtherLineOnly_linkThereAndFailHere() throws IOException {
        Consumer<MethodVisitor> oldCalls = m -> {
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitInsn(Opcodes.ACONST_NULL);
            m.visitMethodInsn(Opcodes.INVOKEINTERFACE, API, "old", "(Ljava/lang/Object;)V", true);
            m.visitLdcInsn(Type.getObjectType("host/Gone"));
            m.visitInsn(Opcodes.POP);
        };
        assertEquals(List.of(), check(oldLine, oldCalls));
        assertEquals(List.of(
                "plugin.Caller.run()V: NoSuchMethodError: host.Api.old(Ljava/lang/Object;)V (invokeinterface)",
                "plugin.Caller.run()V: NoClassDefFoundError: host.Gone (ldc)"), check(newLine, oldCalls));
    }

    @Test
    void aConstructorOfTheSuperclassOnly_doesNotResolve() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitTypeInsn(Opcodes.NEW, WIDGET);
            m.visitMethodInsn(Opcodes.INVOKESPECIAL, WIDGET, "<init>", "()V", false);
        });
        assertEquals(List.of("plugin.Caller.run()V: NoSuchMethodError: host.Widget.<init>()V (invokespecial)"), failures);
    }

    @Test
    void aMethodReferenceInALambda_isResolvedToo() throws IOException {
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        List<String> failures = check(newLine, m -> {
            m.visitInvokeDynamicInsn("accept", "()Ljava/util/function/Consumer;", metafactory,
                    Type.getMethodType("(Ljava/lang/Object;)V"),
                    new Handle(Opcodes.H_INVOKEVIRTUAL, BASE, "missing", "()V", false),
                    Type.getMethodType("(Lhost/Base;)V"));
            m.visitInsn(Opcodes.POP);
        });
        assertEquals(List.of("plugin.Caller.run()V: NoSuchMethodError: host.Base.missing()V (invokevirtual)"), failures);
    }

    @Test
    void theTestClassPath_isNotPartOfTheLine() throws IOException {
        List<String> failures = check(newLine, m -> {
            m.visitTypeInsn(Opcodes.NEW, "org/junit/jupiter/api/Assertions");
            m.visitInsn(Opcodes.POP);
        });
        assertEquals(List.of("plugin.Caller.run()V: NoClassDefFoundError: org.junit.jupiter.api.Assertions (new)"), failures);
        assertTrue(getClass().getClassLoader().getResource("org/junit/jupiter/api/Assertions.class") != null);
    }

    private static List<String> check(Path line, Consumer<MethodVisitor> body) throws IOException {
        ClassWriter caller = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        caller.visit(Opcodes.V17, ACC_PUBLIC, "plugin/Caller", null, "java/lang/Object", null);
        MethodVisitor run = caller.visitMethod(ACC_PUBLIC | ACC_STATIC, "run", "()V", null, null);
        run.visitCode();
        body.accept(run);
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        caller.visitEnd();
        try (LinkageCheck target = LinkageCheck.against(List.of(line))) {
            return target.check(Map.of("plugin/Caller", caller.toByteArray())).failures();
        }
    }

    private static void emptyMethod(ClassWriter writer, int access, String name, String descriptor) {
        MethodVisitor m = writer.visitMethod(access, name, descriptor, null, null);
        m.visitCode();
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, Type.getArgumentsAndReturnSizes(descriptor) >> 2);
        m.visitEnd();
    }

    private static void write(Path line, String name, ClassWriter writer) throws IOException {
        writer.visitEnd();
        Path file = line.resolve(name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, writer.toByteArray());
    }
}
