package dev.tauraro.benchmarks;

import dev.tauraro.websockets.Connection;
import dev.tauraro.websockets.Server;
import dev.tauraro.websockets.Websockets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Memory of idle WebSocket connections held by one server ({@code bench/websockets/idle.sh}).
 *
 * <pre>
 * WebsocketsIdle server          serves on 127.0.0.1 (handlers wait for the close); prints its port,
 *                                then on each "measure" line on stdin prints
 *                                "measure connections=N heap=BYTES rss=BYTES" after a GC
 * WebsocketsIdle client N URI    opens N connections (64 at a time), prints "ready N", holds them
 *                                until stdin closes
 * </pre>
 * Both with the websockets defaults (permessage-deflate negotiated).
 */
public final class WebsocketsIdle {
    private static final Duration WAIT = Duration.ofMinutes(10);

    private WebsocketsIdle() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (args[0].equals("server")) {
            Server server = Websockets.serve(ws -> ws.waitClosed(), "127.0.0.1", 0).block(WAIT);
            System.out.println(server.port());
            System.out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(200);
                }
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.println("measure connections=" + server.connections().size() + " heap=" + heap
                        + " rss=" + rss());
                System.out.flush();
            }
            server.close();
            return;
        }
        int n = Integer.parseInt(args[1]);
        List<Connection> held = Flux.range(0, n).flatMap(i -> Websockets.connect(args[2]), 64).collectList().block(WAIT);
        System.out.println("ready " + held.size());
        System.out.flush();
        while (in.readLine() != null) {
            // hold until stdin closes
        }
    }

    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }
}
