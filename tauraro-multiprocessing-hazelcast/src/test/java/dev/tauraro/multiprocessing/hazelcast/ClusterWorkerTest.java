package dev.tauraro.multiprocessing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** A worker member embedded in this JVM, the configuration it adds, and the worker command's options. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterWorkerTest {
    @Test
    void anEmbeddedWorkerRunsThePoolOfItsOwnMemberAndOutlivesIt() {
        String port = new WorkerJvms(1).addresses()[0].split(":")[1];
        try (ClusterWorker worker = ClusterWorker.builder().clusterName("embedded-" + UUID.randomUUID())
                .port(Integer.parseInt(port)).slots(3).start()) {
            assertThat(worker.slots()).isEqualTo(3);
            assertThat(worker.toString()).isEqualTo("<ClusterWorker [127.0.0.1]:" + port + " slots=3>");
            ClusterPool pool = ClusterPool.builder().instance(worker.instance()).startTimeout(Duration.ofSeconds(10)).build();
            assertThat(pool.processes()).isEqualTo(3);
            assertThat(pool.map((Integer x) -> x * 10, List.of(1, 2, 3), 1)).containsExactly(10, 20, 30);
            pool.close();
            pool.join();
            // The pool was given the instance: it leaves it running.
            assertThat(worker.instance().getLifecycleService().isRunning()).isTrue();
        }
    }

    @Test
    void configureMakesAnyMemberConfigurationAWorkers() {
        Config config = ClusterWorker.configure(new Config(), 5);
        assertThat(config.getMemberAttributeConfig().getAttribute("tauraro.slots")).isEqualTo("5");
        assertThat(config.getExecutorConfig("tauraro-pool").getPoolSize()).isEqualTo(5);
        assertThatThrownBy(() -> ClusterWorker.configure(new Config(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("slots must be at least 1");
    }

    @Test
    void theWorkerCommandRejectsABadOptionWithUsageNotAStackTrace() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new WorkerCommand()).setErr(new PrintWriter(err)).execute("--slots", "many");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--slots': 'many' is not an int")
                .contains("Usage: tauraro-worker").doesNotContain("\tat ");
    }
}
