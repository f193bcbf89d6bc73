package dev.tauraro.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Params;
import dev.tauraro.script.ast.Pattern;
import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache reader's record factory knows every syntax tree record and passes each component to its place. */
class AstRecordsTest {
    /** Every record of the ast package except Span, which the cache writes as its own tag. */
    private static List<Class<?>> records() {
        List<Class<?>> all = new ArrayList<>(List.of(Params.class));
        for (Class<?> outer : List.of(Expr.class, Stmt.class, Pattern.class)) {
            for (Class<?> c : outer.getDeclaredClasses()) {
                if (c.isRecord()) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    /** A value for component {@code i} of type {@code t} that differs from the other components' values. */
    private static Object sample(Class<?> t, int i) {
        if (t == boolean.class) {
            return i % 2 == 0;
        } else if (t == int.class) {
            return 10 + i;
        } else if (t == char.class) {
            return (char) ('a' + i);
        } else if (t == String.class || t == Object.class) {
            return "component " + i;
        } else if (t == List.class) {
            return List.of("element of " + i);
        } else if (t == Map.class) {
            return Map.of("key of " + i, "value");
        } else if (t == Span.class) {
            return new Span(i, i + 1, i + 2);
        }
        return null; // another record: null is distinct enough, the constructors do not check
    }

    @Test
    void everyRecordIsMadeWithItsComponentsInOrder() throws Exception {
        List<Class<?>> records = records();
        assertThat(records).hasSizeGreaterThan(55);
        for (Class<?> c : records) {
            RecordComponent[] parts = c.getRecordComponents();
            Object[] args = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                args[i] = sample(types[i], i);
            }
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            Object made = AstRecords.make(c.getName().substring(AstRecords.PACKAGE.length()), args.clone());
            assertThat(made).as(c.getName()).isEqualTo(canonical.newInstance(args));
        }
    }

    @Test
    void anUnknownNameIsAnIOExceptionAndABadComponentAClassCastException() {
        assertThatThrownBy(() -> AstRecords.make("Expr$Nothing", new Object[0])).isInstanceOf(IOException.class)
                .hasMessageContaining("not a syntax tree record");
        assertThatThrownBy(() -> AstRecords.make("Expr$Name", new Object[] {1L, null}))
                .isInstanceOf(ClassCastException.class);
    }
}
