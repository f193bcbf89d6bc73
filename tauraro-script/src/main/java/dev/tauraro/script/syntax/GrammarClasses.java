package dev.tauraro.script.syntax;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Writes the classes Parboiled generates for {@link PyGrammar} into a jar, from which
 * {@code cli/ClassPathJar} takes them into the jar {@code bin/tauraro} runs from, once per build.
 *
 * <p>Parboiled looks for the extended parser class before generating it, so with these classes in
 * the jar a run skips the bytecode analysis and generation entirely (hundreds of milliseconds of
 * start-up), and class-data sharing can archive them like any other class. If they are missing,
 * Parboiled generates them at run time as usual.
 */
public final class GrammarClasses {
    private GrammarClasses() {
    }

    /** Writes the generated classes into {@code jar}; returns how many. */
    public static int write(Path jar) throws Exception {
        Class<?> transformer = Class.forName("org.parboiled.transform.ParserTransformer");
        Method extend = transformer.getDeclaredMethod("extendParserClass", Class.class);
        extend.setAccessible(true);
        Object node = extend.invoke(null, PyGrammar.class);
        Map<String, byte[]> classes = new TreeMap<>(); // by name: the same jar from the same grammar
        classes.put((String) field(node, "name"), (byte[]) call(node, "getClassCode"));
        Map<?, ?> ruleMethods = (Map<?, ?>) call(node, "getRuleMethods");
        for (Object rm : ruleMethods.values()) {
            for (Object group : (List<?>) call(rm, "getGroups")) {
                byte[] code = (byte[]) call(group, "getGroupClassCode");
                if (code == null) {
                    continue; // an identical action shares a class written already
                }
                Object type = call(group, "getGroupClassType");
                classes.put((String) type.getClass().getMethod("getInternalName").invoke(type), code);
            }
        }
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                zip.putNextEntry(new JarEntry(c.getKey() + ".class"));
                zip.write(c.getValue());
                zip.closeEntry();
            }
        }
        return classes.size();
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
}
