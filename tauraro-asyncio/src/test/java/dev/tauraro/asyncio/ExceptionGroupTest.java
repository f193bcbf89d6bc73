package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionGroupTest {
    @Test
    void readsLikePythonsStrWithTheSubExceptionCount() {
        ExceptionGroup one = new ExceptionGroup("unhandled errors in a TaskGroup", List.of(new IllegalStateException("a")));
        ExceptionGroup two = new ExceptionGroup("m", List.of(new IllegalStateException("a"), new RuntimeException("b")));
        assertThat(one).hasToString("unhandled errors in a TaskGroup (1 sub-exception)");
        assertThat(one).hasMessage("unhandled errors in a TaskGroup (1 sub-exception)");
        assertThat(two).hasToString("m (2 sub-exceptions)");
        assertThat(two.message()).isEqualTo("m");
    }

    @Test
    void keepsTheSubExceptionsInOrderAndUnmodifiable() {
        IllegalStateException a = new IllegalStateException("a");
        RuntimeException b = new RuntimeException("b");
        List<Throwable> source = new ArrayList<>(List.of(a, b));
        ExceptionGroup eg = new ExceptionGroup("m", source);
        source.clear();
        assertThat(eg.exceptions()).containsExactly(a, b);
        assertThatThrownBy(() -> eg.exceptions().add(a)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void attachesTheSubExceptionsAsSuppressedForStackTraces() {
        IllegalStateException a = new IllegalStateException("a");
        assertThat(new ExceptionGroup("m", List.of(a)).getSuppressed()).containsExactly(a);
    }

    @Test
    void anEmptyListIsRejectedWithPythonsMessage() {
        assertThatThrownBy(() -> new ExceptionGroup("m", List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("second argument (exceptions) must be a non-empty sequence");
    }
}
