package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.PyNone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RandomModuleTest {
    @Test
    void seededScriptsPrintWhatCPythonPrints() {
        assertThat(StdlibScripts.run("random_seeded")).isEqualTo(StdlibScripts.expected("random_seeded"));
    }

    @Test
    void theIssuesExampleMatchesCPython() {
        // python3 -c "import random; random.seed(42); print(random.random(), random.randint(1, 100))"
        assertThat(StdlibScripts.runCode("t.py",
                "import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 100))\n"))
                .isEqualTo("0.6394267984578837 4\n");
    }

    @Test
    void theFirstOutputsOfMt19937SeededWithInitByArrayMatchTheReferenceImplementation() {
        // mt19937ar.c's own test: init_by_array({0x123, 0x234, 0x345, 0x456}) then genrand_int32().
        RandomModule.Generator g = new RandomModule.Generator();
        g.initByArray(new int[] {0x123, 0x234, 0x345, 0x456});
        long[] expected = {1067595299L, 955945823L, 477289528L, 4107218783L, 4228976476L};
        for (long e : expected) {
            assertThat(Integer.toUnsignedLong(g.next32())).isEqualTo(e);
        }
    }

    @Test
    void floatSeedsUsePythonsHashOfTheFloat() {
        // python3 -c "print(hash(2.5), hash(-0.1), hash(1e-300))"
        assertThat(RandomModule.Generator.floatHash(2.5)).isEqualTo(1152921504606846978L);
        assertThat(RandomModule.Generator.floatHash(-0.1)).isEqualTo(-230584300921369408L);
        assertThat(RandomModule.Generator.floatHash(1e-300)).isEqualTo(482449582752280463L);
    }

    @Test
    void unseededGeneratorsDiffer() {
        RandomModule.Generator a = new RandomModule.Generator();
        RandomModule.Generator b = new RandomModule.Generator();
        a.seed(PyNone.NONE);
        b.seed(PyNone.NONE);
        assertThat(a.random()).isNotEqualTo(b.random());
    }

    @Test
    void randomInstancesAreIndependentOfTheModuleGenerator() {
        assertThat(StdlibScripts.runCode("t.py", "import random\nr = random.Random(1)\nrandom.seed(1)\n"
                + "x = r.random()\nrandom.random()\nrandom.random()\nprint(x == random.Random(1).random())\n"))
                .isEqualTo("True\n");
    }
}
