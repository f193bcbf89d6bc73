package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The script {@code queue} classes against Java collections as the reference model: a random
 * sequence of {@code put_nowait} / {@code get_nowait} on a bounded queue gives the same items, the
 * same {@code Empty}/{@code Full} refusals and the same sizes.
 */
@Timeout(300)
class QueuePropertiesTest {
    /** An operation: {@code op >= 0} puts that number, {@code op < 0} gets. */
    private static String script(String kind, int maxsize, List<Integer> ops) {
        StringBuilder sb = new StringBuilder("import queue\nq = queue.").append(kind).append("(")
                .append(maxsize).append(")\nout = []\nfor op in ").append(ops).append(":\n")
                .append("    if op >= 0:\n")
                .append("        try:\n            q.put_nowait(op)\n            out.append('p')\n")
                .append("        except queue.Full:\n            out.append('F')\n")
                .append("    else:\n")
                .append("        try:\n            out.append(str(q.get_nowait()))\n")
                .append("        except queue.Empty:\n            out.append('E')\n")
                .append("    out.append(str(q.qsize()) + ('f' if q.full() else '') + ('e' if q.empty() else ''))\n")
                .append("print(' '.join(out))\n");
        return sb.toString();
    }

    /** What the script prints, computed with a Java collection. */
    private static String model(String kind, int maxsize, List<Integer> ops) {
        ArrayDeque<Integer> fifo = new ArrayDeque<>();
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        List<String> out = new ArrayList<>();
        for (int op : ops) {
            int size = kind.equals("PriorityQueue") ? heap.size() : fifo.size();
            if (op >= 0) {
                if (maxsize > 0 && size >= maxsize) {
                    out.add("F");
                } else {
                    switch (kind) {
                        case "PriorityQueue" -> heap.add(op);
                        case "LifoQueue" -> fifo.addFirst(op);
                        default -> fifo.addLast(op);
                    }
                    out.add("p");
                }
            } else if (size == 0) {
                out.add("E");
            } else {
                out.add(String.valueOf(kind.equals("PriorityQueue") ? heap.poll() : fifo.pollFirst()));
            }
            size = kind.equals("PriorityQueue") ? heap.size() : fifo.size();
            out.add(size + (maxsize > 0 && size >= maxsize ? "f" : "") + (size == 0 ? "e" : ""));
        }
        return String.join(" ", out) + "\n";
    }

    @Test
    void boundedQueuesBehaveLikeTheirReferenceCollections() {
        qt().withExamples(40).forAll(integers().between(0, 2), integers().between(0, 4),
                lists().of(integers().between(-3, 20)).ofSizeBetween(0, 40)).checkAssert((k, maxsize, ops) -> {
                    String kind = List.of("Queue", "LifoQueue", "PriorityQueue").get(k);
                    assertThat(StdlibScripts.runCode("q.py", script(kind, maxsize, ops)))
                            .as("%s(%d) %s", kind, maxsize, ops)
                            .isEqualTo(model(kind, maxsize, ops));
                });
    }

    @Test
    void aSimpleQueueIsAnUnboundedFifo() {
        qt().withExamples(20).forAll(lists().of(integers().between(-3, 20)).ofSizeBetween(0, 40)).checkAssert(ops -> {
            String code = script("Queue", 0, ops).replace("queue.Queue(0)", "queue.SimpleQueue()")
                    .replace(" + ('f' if q.full() else '')", "");
            assertThat(StdlibScripts.runCode("q.py", code)).as("%s", ops)
                    .isEqualTo(model("Queue", 0, ops));
        });
    }
}
