package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MathModuleTest {
    @Test
    void integerLogRoundingAndErrorSemanticsMatchCPython() {
        assertThat(StdlibScripts.run("math_functions")).isEqualTo(StdlibScripts.expected("math_functions"));
    }

    @Test
    void logOfAnIntTooBigForAFloatIsComputedFromItsMantissaAndExponent() {
        // python3 -c "import math; print(math.log(10 ** 400, 10), math.log2(3 ** 1000))"
        assertThat(StdlibScripts.runCode("t.py", "import math\nprint(math.log(10 ** 400, 10), math.log2(3 ** 1000))\n"))
                .isEqualTo("399.99999999999994 1584.9625007211562\n");
    }

    @Test
    void fsumIsExactlyRoundedWhereSumIsNot() {
        // python3 -c "import math; print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))"
        assertThat(StdlibScripts.runCode("t.py",
                "import math\nprint(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))\n"))
                .isEqualTo("1.0 0.9999999999999999 1.0\n");
    }
}
