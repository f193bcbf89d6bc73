package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.runtime.PyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class JsonModuleTest {
    @Test
    void dumpsFormatsEveryValueKindLikeCPython() {
        assertThat(StdlibScripts.run("json_dumps")).isEqualTo(StdlibScripts.expected("json_dumps"));
    }

    @Test
    void loadsParsesAndReportsErrorsAtCPythonsPositions() {
        assertThat(StdlibScripts.run("json_loads")).isEqualTo(StdlibScripts.expected("json_loads"));
    }

    @Test
    void bigIntegersRoundTripExactly() {
        assertThat(StdlibScripts.runCode("t.py", "import json\nn = 3 ** 100\n"
                + "print(json.loads(json.dumps([n]))[0] == n, json.dumps(n))\n"))
                .isEqualTo("True 515377520732011331036461129765621272702107522001\n");
    }

    @Test
    void namedTuplesAreEncodedAsArraysLikeTuples() {
        // CPython 3.11 prints: [1, "x"] {"p": [[1, "x"]]}
        assertThat(StdlibScripts.runCode("t.py", "import json, typing\nclass P(typing.NamedTuple):\n    a: int\n"
                + "    b: str = 'x'\nprint(json.dumps(P(1)), json.dumps({'p': [P(1)]}))\n"))
                .isEqualTo("[1, \"x\"] {\"p\": [[1, \"x\"]]}\n");
    }

    @Test
    void anUncaughtDecodeErrorIsAValueErrorSubclassWithTheFullMessage() {
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import json\njson.loads('[1,]')\n"))
                .isInstanceOf(PyException.class)
                .hasMessage("JSONDecodeError: Expecting value: line 1 column 4 (char 3)");
    }

    @Test
    void unknownKeywordArgumentsAreRejectedLikeCPython() {
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import json\njson.dumps(1, indnt=2)\n"))
                .isInstanceOf(PyException.class)
                .hasMessage("TypeError: JSONEncoder.__init__() got an unexpected keyword argument 'indnt'");
    }
}
