package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two-ended hand-out of a map's chunks, claim by claim (exactly-once under contention is a
 * property in {@link PoolPropertiesTest}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChunkClaimsTest {

    @Test
    void evenSlotsTakeFromTheFrontAndOddSlotsFromTheBack() {
        ChunkClaims claims = new ChunkClaims(5);
        assertThat(claims.claim(0)).isEqualTo(0);
        assertThat(claims.claim(1)).isEqualTo(4);
        assertThat(claims.claim(3)).isEqualTo(3);
        assertThat(claims.claim(2)).isEqualTo(1);
        assertThat(claims.remaining()).isEqualTo(1);
        assertThat(claims.claim(1)).isEqualTo(2);
        assertThat(claims.exhausted()).isTrue();
        assertThat(claims.claim(0)).isEqualTo(-1);
        assertThat(claims.claim(1)).isEqualTo(-1);
    }

    @Test
    void oneWorkerRunsTheChunksInInputOrder() {
        ChunkClaims claims = new ChunkClaims(4);
        List<Integer> order = new ArrayList<>();
        for (int c = claims.claim(0); c >= 0; c = claims.claim(0)) {
            order.add(c);
        }
        assertThat(order).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anEmptyMapHasNothingToClaim() {
        ChunkClaims claims = new ChunkClaims(0);
        assertThat(claims.exhausted()).isTrue();
        assertThat(claims.claim(0)).isEqualTo(-1);
        assertThat(claims.claim(1)).isEqualTo(-1);
    }
}
