package dev.tauraro.asyncio;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import reactor.core.publisher.Mono;

/**
 * For any chunking of the input, readline / readexactly / readuntil return what CPython 3.11's
 * StreamReader returns. The model is CPython's result on the whole input: with every line shorter
 * than the limit, CPython's answers do not depend on how the bytes arrive (only LimitOverrunError
 * cases do, and those are covered by StreamsTest), so the model reads from one string.
 */
class StreamReaderPropertiesTest {
    /** op: 0 = readline, 1 = readexactly(arg), 2 = readuntil(b"ab"). */
    record Op(int kind, int arg) {}

    /** Input over a small alphabet so that separators and partial separators are frequent. */
    static Gen<String> inputs() {
        return lists().of(integers().between(0, 4)).ofSizeBetween(0, 60)
                .map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(i -> sb.append("ab\nxy".charAt(i)));
                    return sb.toString();
                });
    }

    static Gen<List<Op>> ops() {
        return lists().of(integers().between(0, 2).zip(integers().between(0, 7), Op::new)).ofSizeBetween(1, 12);
    }

    /** Cut points as sizes of successive chunks (the last chunk takes the rest). */
    static Gen<List<Integer>> chunkings() {
        return lists().of(integers().between(1, 9)).ofSizeBetween(0, 20);
    }

    /** CPython's results on the whole input, one string per op ("!IRE partial expected" for errors). */
    static List<String> model(String in, List<Op> ops) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (Op op : ops) {
            String rest = in.substring(pos);
            switch (op.kind()) {
                case 0 -> {
                    int i = rest.indexOf('\n');
                    String line = i < 0 ? rest : rest.substring(0, i + 1);
                    out.add(line);
                    pos += line.length();
                }
                case 1 -> {
                    if (rest.length() >= op.arg()) {
                        out.add(rest.substring(0, op.arg()));
                        pos += op.arg();
                    } else {
                        out.add("!IRE " + rest + " " + op.arg());
                        pos = in.length();
                    }
                }
                default -> {
                    int i = rest.indexOf("ab");
                    if (i < 0) {
                        out.add("!IRE " + rest + " null");
                        pos = in.length();
                    } else {
                        out.add(rest.substring(0, i + 2));
                        pos += i + 2;
                    }
                }
            }
        }
        return out;
    }

    /** The ops run by a reader task while a feeder task feeds the chunks with a loop turn between each. */
    static List<String> actual(String in, List<Op> ops, List<Integer> chunks) {
        return Asyncio.run(Mono.defer(() -> {
            StreamReader r = new StreamReader();
            Mono<Void> feeder = Mono.defer(() -> {
                Mono<Void> m = Mono.empty();
                int pos = 0;
                for (int size : chunks) {
                    if (pos >= in.length()) {
                        break;
                    }
                    String c = in.substring(pos, Math.min(in.length(), pos + size));
                    pos += c.length();
                    m = m.then(Asyncio.sleep(0)).then(Mono.fromRunnable(() -> r.feedData(c.getBytes(ISO_8859_1))));
                }
                String last = in.substring(Math.min(pos, in.length()));
                return m.then(Asyncio.sleep(0)).then(Mono.fromRunnable(() -> {
                    if (!last.isEmpty()) {
                        r.feedData(last.getBytes(ISO_8859_1));
                    }
                    r.feedEof();
                }));
            });
            Task<Void> feeding = Asyncio.createTask(feeder);
            List<String> out = new ArrayList<>();
            Mono<Void> reads = Mono.empty();
            for (Op op : ops) {
                Mono<byte[]> read = switch (op.kind()) {
                    case 0 -> r.readline();
                    case 1 -> r.readexactly(op.arg());
                    default -> r.readuntil("ab".getBytes(ISO_8859_1));
                };
                reads = reads.then(read.map(b -> new String(b, ISO_8859_1))
                        .onErrorResume(IncompleteReadError.class, e -> Mono.just(
                                "!IRE " + new String(e.partial(), ISO_8859_1) + " " + e.expected()))
                        .doOnNext(out::add).then());
            }
            return reads.then(feeding).thenReturn(out);
        }));
    }

    /**
     * The buffer is the list of received arrays: a read that takes exactly the first one gets that
     * very array; reads across arrays, a part of one, and read() to the end still join them in order.
     */
    @Test
    void readsTakeReceivedArraysWholeOrJoinThem() {
        List<Object> got = Asyncio.run(Mono.defer(() -> {
            StreamReader r = new StreamReader();
            byte[] first = "abc".getBytes(ISO_8859_1);
            r.feedOwned(first);
            r.feedData("defg".getBytes(ISO_8859_1));
            r.feedOwned("hij".getBytes(ISO_8859_1));
            r.feedData("klmno".getBytes(ISO_8859_1), 1, 3);   // "lmn"
            List<Object> out = new ArrayList<>();
            return r.read(3).doOnNext(b -> out.add(b == first))
                    .then(r.read(5)).doOnNext(b -> out.add(new String(b, ISO_8859_1)))        // "defgh": two arrays
                    .then(r.readexactly(1)).doOnNext(b -> out.add(new String(b, ISO_8859_1))) // "i": part of one
                    .then(Mono.fromRunnable(() -> {
                        r.feedData("op".getBytes(ISO_8859_1));
                        r.feedEof();
                    }))
                    .then(r.read()).doOnNext(b -> out.add(new String(b, ISO_8859_1)))        // the rest
                    .then(Mono.fromCallable(() -> {
                        out.add(r.atEof());
                        return out;
                    }));
        }));
        assertThat(got).containsExactly(true, "defgh", "i", "jlmnop", true);
    }

    @Test
    void readsAgreeWithCPythonForEveryChunking() {
        qt().withExamples(400).forAll(inputs(), ops(), chunkings())
                .checkAssert((in, ops, chunks) -> assertThat(actual(in, ops, chunks))
                        .as("input %s ops %s chunks %s", in.replace("\n", "\\n"), ops, chunks)
                        .isEqualTo(model(in, ops)));
    }
}
