package dev.tauraro.script.syntax;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the classes Parboiled generates for {@link PyGrammar} into a jar; {@code bin/tauraro}
 * runs it once per build and puts that jar first on the class path.
 *
 * <p>Parboiled looks for the extended parser class before generating it, so with these classes in
 * the jar a run skips the bytecode analysis and generation entirely (hundreds of milliseconds of
 * start-up), and class-data sharing can archive them like any other class. If they are missing,
 * Parboiled generates them at run time as usual.
 */
public final class GrammarClasses {
    private GrammarClasses() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path out = Files.createTempDirectory("tauraro-grammar");
        Class<?> transformer = Class.forName("org.parboiled.transform.ParserTransformer");
        Method extend = transformer.getDeclaredMethod("extendParserClass", Class.class);
        extend.setAccessible(true);
        Object node = extend.invoke(null, PyGrammar.class);
        int written = 0;
        write(out, (String) field(node, "name"), (byte[]) call(node, "getClassCode"));
        written++;
        Map<?, ?> ruleMethods = (Map<?, ?>) call(node, "getRuleMethods");
        for (Object rm : ruleMethods.values()) {
            for (Object group : (List<?>) call(rm, "getGroups")) {
                byte[] code = (byte[]) call(group, "getGroupClassCode");
                if (code == null) {
                    continue; // an identical action shares a class written already
                }
                Object type = call(group, "getGroupClassType");
                write(out, (String) type.getClass().getMethod("getInternalName").invoke(type), code);
                written++;
            }
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (java.util.jar.JarOutputStream zip = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             java.util.stream.Stream<Path> files = Files.walk(out)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new java.util.jar.JarEntry(out.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        System.out.println("GrammarClasses: wrote " + written + " Parboiled classes to " + jar);
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    private static Object field(Object target, String name) throws Exception {
        Class<?> c = target.getClass();
        while (c != null) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                c = c.getSuperclass();
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static void write(Path out, String internalName, byte[] code) throws IOException {
        Path file = out.resolve(internalName + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, code);
    }
}
