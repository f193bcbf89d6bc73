package dev.tauraro.asyncio;

import static dev.tauraro.asyncio.StreamsTest.b;
import static dev.tauraro.asyncio.StreamsTest.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** {@link DatagramTransport} and {@link DatagramProtocol}: UDP on 127.0.0.1, against tauraro and CPython peers. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DatagramTransportTest {
    static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress("127.0.0.1", 0);

    /** Answers each datagram upper-cased, to its sender. */
    static final class UpperEcho implements DatagramProtocol {
        DatagramTransport transport;

        @Override
        public void connectionMade(DatagramTransport t) {
            transport = t;
        }

        @Override
        public void datagramReceived(byte[] data, InetSocketAddress addr) {
            transport.sendto(b(s(data).toUpperCase()), addr);
        }
    }

    /** Puts every datagram ("data from-host") and error into a queue; the loss too. */
    static final class Collector implements DatagramProtocol {
        final Queue<String> got = new Queue<>();
        Thread thread;

        @Override
        public void connectionMade(DatagramTransport t) {
            thread = Thread.currentThread();
        }

        @Override
        public void datagramReceived(byte[] data, InetSocketAddress addr) {
            got.putNowait(s(data) + " from " + addr.getAddress().getHostAddress()
                    + (thread == Thread.currentThread() ? "" : " ON ANOTHER THREAD"));
        }

        @Override
        public void errorReceived(Throwable exc) {
            got.putNowait("error " + exc.getClass().getSimpleName());
        }

        @Override
        public void connectionLost(Throwable exc) {
            got.putNowait("lost " + exc);
        }
    }

    @Test
    void aConnectedEndpointTalksToABoundOne() {
        List<String> got = Asyncio.run(Mono.defer(() -> Asyncio.createDatagramEndpoint(UpperEcho::new, ANY_LOOPBACK, null)
                .flatMap(server -> {
                    InetSocketAddress addr = (InetSocketAddress) server.getExtraInfo("sockname");
                    Collector c = new Collector();
                    return Asyncio.createDatagramEndpoint(() -> c, null, addr).flatMap(t -> {
                        List<String> out = new ArrayList<>();
                        out.add("peer " + addr.equals(t.getExtraInfo("peername")) + " server peer "
                                + server.getExtraInfo("peername"));
                        t.sendto(b("ping"));
                        t.sendto(new byte[0]);     // not sent, as in CPython 3.11
                        t.sendto(b("pong"), addr);
                        assertThatThrownBy(() -> t.sendto(b("x"), new InetSocketAddress("127.0.0.1", 1)))
                                .hasMessage("Invalid address: must be None or ('127.0.0.1', " + addr.getPort() + ")");
                        return c.got.get().doOnNext(out::add).then(c.got.get()).doOnNext(out::add)
                                .then(Mono.fromRunnable(t::close)).then(c.got.get()).doOnNext(out::add)
                                .then(Mono.fromCallable(() -> {
                                    out.add("closing " + t.isClosing());
                                    return out;
                                }));
                    }).doFinally(x -> server.close());
                })));
        assertThat(got).containsExactly("peer true server peer null", "PING from 127.0.0.1", "PONG from 127.0.0.1",
                "lost null", "closing true");
    }

    @Test
    void aConnectedEndpointHearsThatNobodyListensAndCarriesOn() {
        List<String> got = Asyncio.run(Mono.defer(() -> Asyncio.createDatagramEndpoint(UpperEcho::new, ANY_LOOPBACK, null)
                .flatMap(gone -> {
                    InetSocketAddress addr = (InetSocketAddress) gone.getExtraInfo("sockname");
                    gone.close();
                    Collector c = new Collector();
                    return Asyncio.sleep(0.05).then(Asyncio.createDatagramEndpoint(() -> c, null, addr)).flatMap(t -> {
                        List<String> out = new ArrayList<>();
                        t.sendto(b("anyone?"));
                        return c.got.get().doOnNext(out::add).then(Mono.fromCallable(() -> {
                            out.add("closing " + t.isClosing());
                            t.close();
                            return out;
                        }));
                    });
                })));
        // CPython: error_received(ConnectionRefusedError(111, 'Connection refused'))
        assertThat(got).containsExactly("error PortUnreachableException", "closing false");
    }

    @Test
    void sendingWithoutAnAddressFromAnUnconnectedEndpointIsAFatalError() {
        List<ExceptionContext> reported = new ArrayList<>();
        String got = Asyncio.run(Mono.defer(() -> {
            EventLoop.running().setExceptionHandler((java.util.function.Consumer<ExceptionContext>) reported::add);
            Collector c = new Collector();
            return Asyncio.createDatagramEndpoint(() -> c, ANY_LOOPBACK, null).flatMap(t -> {
                t.sendto(b("where to?"));
                return c.got.get();
            });
        }));
        assertThat(got).isEqualTo("lost null");
        assertThat(reported).extracting(ExceptionContext::message).containsExactly("Fatal write error on datagram transport");
    }

    static final String PY_UDP_ECHO = String.join("\n",
            "import asyncio, signal",
            "signal.alarm(30)",
            "class Echo(asyncio.DatagramProtocol):",
            "    def connection_made(self, t):",
            "        self.t = t",
            "    def datagram_received(self, data, addr):",
            "        self.t.sendto(data[::-1], addr)",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            "    t, p = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))",
            "    print(t.get_extra_info('sockname')[1], flush=True)",
            "    await asyncio.sleep(30)",
            "asyncio.run(main())",
            "");

    @Test
    void anUnconnectedTauraroEndpointTalksToACPythonOne(@TempDir Path dir) throws Exception {
        Process py = StreamsTest.python(dir, "udp.py", PY_UDP_ECHO);
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(py.getInputStream())).readLine().trim());
            String got = Asyncio.run(Mono.defer(() -> {
                Collector c = new Collector();
                return Asyncio.createDatagramEndpoint(() -> c, ANY_LOOPBACK, null).flatMap(t -> {
                    t.sendto(b("tauraro"), new InetSocketAddress("127.0.0.1", port));
                    return c.got.get().doFinally(x -> t.close());
                });
            }));
            assertThat(got).isEqualTo("oraruat from 127.0.0.1");
        } finally {
            py.destroy();
            py.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
