package dev.tauraro.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API shows no Netty or Reactor Netty type: every public type of the package, its
 * supertypes and each public or protected member's signature (generics included) are checked, so
 * the network layer can change without breaking users.
 */
class ApiSurfaceTest {
    private static final List<String> HIDDEN = List.of("io.netty.", "reactor.netty.");

    @Test
    void noPublicSignatureMentionsNetty() throws Exception {
        List<Class<?>> api = publicTypes();
        assertThat(api).contains(Websockets.class, Connection.class, Server.class, Options.class, Options.Builder.class);
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : api) {
            List<Type> types = new ArrayList<>();
            types.add(c.getGenericSuperclass());
            types.addAll(List.of(c.getGenericInterfaces()));
            check(c.getName(), types, leaks);
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(c.getName() + "." + f.getName(), List.of(f.getGenericType()), leaks);
                }
            }
            for (Executable e : members(c)) {
                if (visible(e.getModifiers()) && !e.isSynthetic()) {
                    List<Type> sig = new ArrayList<>(List.of(e.getGenericParameterTypes()));
                    sig.addAll(List.of(e.getGenericExceptionTypes()));
                    if (e instanceof Method m) {
                        sig.add(m.getGenericReturnType());
                    }
                    check(c.getName() + "." + e.getName(), sig, leaks);
                }
            }
        }
        assertThat(leaks).as("public signatures with Netty types").isEmpty();
    }

    private static List<Executable> members(Class<?> c) {
        List<Executable> all = new ArrayList<>(List.<Executable>of(c.getDeclaredMethods()));
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            all.add(k);
        }
        return all;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String where, List<Type> types, List<String> leaks) {
        for (Type t : types) {
            String name = t == null ? "" : t.getTypeName();
            if (HIDDEN.stream().anyMatch(name::contains)) {
                leaks.add(where + ": " + name);
            }
        }
    }

    /** Every public top-level or nested type compiled into the package. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(Websockets.class.getResource("Websockets.class").toURI()).getParent();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = p.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName(Websockets.class.getPackageName() + "." + simple, false,
                        ApiSurfaceTest.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass()
                        && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                    types.add(c);
                }
            }
        }
        return types;
    }
}
