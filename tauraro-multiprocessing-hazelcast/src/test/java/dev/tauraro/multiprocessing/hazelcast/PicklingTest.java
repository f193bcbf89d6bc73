package dev.tauraro.multiprocessing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.NotSerializableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The PicklingError built from a serializer's failure. */
class PicklingTest {
    @Test
    void namesTheInnermostClassHazelcastCouldNotWrite() {
        Exception inner = new NotSerializableException("com.example.Thing");
        Exception outer = new RuntimeException("Failed to serialize 'com.example.Holder'", inner);
        PicklingError e = Pickling.error(null, outer, "a result");
        assertThat(e).hasMessageStartingWith("cannot serialize 'com.example.Thing' object in a result")
                .hasCause(outer);
    }

    @Test
    @Timeout(10)
    void aCauseChainThatLoopsEndsTheSearch() {
        RuntimeException a = new RuntimeException("Failed to serialize 'com.example.A'");
        RuntimeException b = new RuntimeException("outer", a);
        a.initCause(b); // a -> b -> a
        assertThat(Pickling.error(null, b, "the task")).hasMessageContaining("'com.example.A'");
    }
}
