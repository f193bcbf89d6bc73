package dev.tauraro.script.modules.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The process facts {@code os} reads from /proc rather than the JDK, checked against the JDK's. */
class OsProcessTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Interpreter(ps, ps, List.of("x.py"), true).runMain(new SourceFile("x.py", code));
        ps.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void getpidIsTheProcessIdTheJdkReports() {
        assertThat(run("import os\nprint(os.getpid(), os.getpid() == os.getpid())\n"))
                .isEqualTo(ProcessHandle.current().pid() + " True\n");
    }
}
