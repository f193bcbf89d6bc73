package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.CancelledError;
import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AsyncClientTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void requestsAreColdUntilSubscribed() {
        AtomicInteger sent = new AtomicInteger();
        try (AsyncClient c = AsyncClient.builder().onRequest(r -> sent.incrementAndGet()).build()) {
            Mono<Response> m = c.get(server.url("/json"));
            assertThat(sent).hasValue(0);
            StepVerifier.create(m).assertNext(r -> assertThat(r.text()).isEqualTo("{\"a\":1,\"b\":[1,2]}")).verifyComplete();
            assertThat(sent).hasValue(1);
        }
    }

    @Test
    void concurrentRequestsShareThePool() {
        try (AsyncClient c = AsyncClient.create()) {
            List<Integer> codes = Flux.range(0, 50).flatMap(i -> c.get(server.url("/json")), 16)
                    .map(Response::statusCode).collectList().block();
            assertThat(codes).hasSize(50).containsOnly(200);
            PoolAssert.noneActive(c::poolStats);
            assertThat(c.poolStats().idle()).isBetween(1, 32);   // reused: far fewer than 50
        }
    }

    @Test
    void insideAnAsyncioTaskTheResponseArrivesOnTheTasksLoop() {
        try (AsyncClient c = AsyncClient.create()) {
            List<Boolean> onLoop = new ArrayList<>();
            Integer code = Asyncio.run(Mono.defer(() -> {
                Thread loopThread = Thread.currentThread();
                return Asyncio.gather(c.get(server.url("/json")), c.get(server.url("/text")))
                        .map(rs -> {
                            onLoop.add(Thread.currentThread() == loopThread);
                            return rs.get(0).statusCode();
                        });
            }));
            assertThat(code).isEqualTo(200);
            assertThat(onLoop).containsExactly(true);
        }
    }

    @Test
    void cancellingTheAsyncioTaskCancelsTheRequestAndReleasesItsConnection() {
        try (AsyncClient c = AsyncClient.create()) {
            String outcome = Asyncio.run(Mono.defer(() -> {
                Task<Response> t = Asyncio.createTask(c.get(server.url("/slow")));
                return Asyncio.sleep(0.1).then(Mono.fromRunnable(t::cancel)).then(t.map(r -> "finished"))
                        .onErrorResume(CancelledError.class, e -> Mono.just("cancelled"));
            }));
            assertThat(outcome).isEqualTo("cancelled");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void tenThousandCancelledRequestsLeaveThePoolEmptyAndTheClientWorking() {
        int max = 20;
        try (AsyncClient c = AsyncClient.builder().limits(new Limits(max, max, null))
                .timeout(Timeout.of(10.0).withPool(2.0)).build()) {
            // Cancelled at different points: before connecting, while connecting, while waiting
            // for the pool, after the request was sent (the server answers /slow after 3 s).
            Long finished = Flux.range(0, 10_000)
                    .flatMap(i -> c.get(server.url("/slow")).take(Duration.ofMillis(i % 7)).then(Mono.just(1L)), 256)
                    .count().block();
            assertThat(finished).isEqualTo(10_000L);
            PoolAssert.noneActive(c::poolStats);
            // Every connection is usable again: each of these holds one for 3 s, so a single
            // slot lost to the cancellations would leave one request waiting past its 2 s pool timeout.
            List<Response> all = Flux.range(0, max).flatMap(i -> c.get(server.url("/slow")), max).collectList().block();
            assertThat(all).hasSize(max).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        }
    }

    @Test
    void aResponseFromAMountedTransportDroppedByACancellationIsStillClosed() throws InterruptedException {
        // A mounted transport that is not Reactor Netty's keeps the discard hook (NettyTransport's
        // whole-body responses go without it): a response it hands over after the request was
        // cancelled is dropped, and closed.
        AtomicInteger made = new AtomicInteger();
        AtomicInteger released = new AtomicInteger();
        MockTransport late = MockTransport.reactive(r -> Mono.create(sink -> java.util.concurrent.CompletableFuture
                .delayedExecutor(50, java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
                    made.incrementAndGet();
                    sink.success(new Response(200, Headers.of(), "HTTP/1.1", Flux.just(new byte[] {'o', 'k'}),
                            released::incrementAndGet));
                })));
        try (AsyncClient c = AsyncClient.builder().mount("http://mock/", late).build()) {
            Flux.range(0, 20).flatMap(i -> c.get("http://mock/x").take(Duration.ofMillis(5)).then(Mono.just(1)))
                    .blockLast();
            // the transport answers 50 ms late and the dropped response is closed after it is made:
            // wait (bounded) for both counts, not only the first, before asserting them
            for (int i = 0; i < 300 && (made.get() < 20 || released.get() < 20); i++) {
                Thread.sleep(10);
            }
        }
        assertThat(made).hasValue(20);
        assertThat(released).hasValue(20);
    }

    @Test
    void aScopedStreamClosesTheResponseWhenTheBodyEnds() {
        try (AsyncClient c = AsyncClient.create()) {
            List<String> firstTwo = c.stream("GET", server.url("/big"), RequestOptions.NONE,
                    r -> r.aiterLines().take(2)).collectList().block();
            assertThat(firstTwo).containsExactly("line 0", "line 1");
            PoolAssert.noneActive(c::poolStats);
            assertThat(c.get(server.url("/json")).block().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aiterRawGivesTheBodyAsSentStillEncodedAndOnlyOnce() {
        try (AsyncClient c = AsyncClient.create()) {
            Response r = c.stream("GET", server.url("/zstd"), RequestOptions.NONE).block();
            List<byte[]> pieces = r.aiterRaw().collectList().block();
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            pieces.forEach(all::writeBytes);
            // Still zstd: the raw form skips the Content-Encoding (the server sent it in 7-byte pieces).
            assertThat(all.toByteArray()).isEqualTo(TestServer.zstd("hello zstd é ".repeat(50)));
            StepVerifier.create(r.aiterRaw()).verifyError(StreamConsumed.class);
            PoolAssert.noneActive(c::poolStats);
            Response read = c.get(server.url("/gzip")).block();
            StepVerifier.create(read.aiterRaw()).verifyError(StreamConsumed.class);
        }
    }

    @Test
    void aManuallyClosedClientRefusesRequests() {
        AsyncClient c = AsyncClient.create();
        c.aclose().block();
        StepVerifier.create(c.get(server.url("/json"))).verifyErrorMessage(
                "Cannot send a request, as the client has been closed.");
        assertThat(c.toString()).isEqualTo("<AsyncClient [closed]>");
    }

    @Test
    void theRunningLoopIsUsedOnlyWhenThereIsOne() {
        try (AsyncClient c = AsyncClient.create(); EventLoop loop = EventLoop.create()) {
            assertThat(loop.runUntilComplete(c.get(server.url("/json")).map(Response::statusCode))).isEqualTo(200);
            assertThat(c.get(server.url("/json")).block().statusCode()).isEqualTo(200);
        }
    }
}
