package dev.tauraro.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TauraroExceptionTest {
    private final Tauraro py = Tauraro.create();

    @AfterEach
    void close() {
        py.close();
    }

    @Test
    void carriesThePythonTypeMessageAndTraceback() {
        py.exec("class AppError(Exception):\n    pass\n"
                + "def load():\n    try:\n        {}['k']\n    except KeyError as e:\n        raise AppError('no config') from e\n");
        TauraroException e = catchThrowableOfType(() -> py.call("load"), TauraroException.class);
        assertThat(e.pythonType()).isEqualTo("AppError");
        assertThat(e.pythonMessage()).isEqualTo("no config");
        assertThat(e).hasMessage("AppError: no config");
        assertThat(e.traceback()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 5, in load\n"
                + "KeyError: 'k'\n\n"
                + "The above exception was the direct cause of the following exception:\n\n"
                + "Traceback (most recent call last):\n"
                + "  File \"<string>\", line 7, in load\n"
                + "AppError: no config\n");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aModuleQualifiedTypeAndAnEmptyMessage() {
        py.exec("import asyncio");
        TauraroException e = catchThrowableOfType(() -> py.exec("raise asyncio.QueueEmpty()"),
                TauraroException.class);
        assertThat(e.pythonType()).isEqualTo("asyncio.queues.QueueEmpty");
        assertThat(e.pythonMessage()).isEmpty();
        assertThat(e).hasMessage("asyncio.queues.QueueEmpty");
    }

    @Test
    void syntaxErrorsShowTheLineAndCaret() {
        TauraroException e = catchThrowableOfType(() -> py.exec("x = (1,\ny = 2"), TauraroException.class);
        assertThat(e.pythonType()).isEqualTo("SyntaxError");
        assertThat(e.traceback()).startsWith("  File \"<string>\", line 1\n").contains("SyntaxError: ");
    }

    @Test
    void systemExitIsReportedLikeAnyOtherException() {
        TauraroException e = catchThrowableOfType(() -> py.exec("import sys\nsys.exit(3)"), TauraroException.class);
        assertThat(e.pythonType()).isEqualTo("SystemExit");
        assertThat(e.pythonMessage()).isEqualTo("3");
    }
}
