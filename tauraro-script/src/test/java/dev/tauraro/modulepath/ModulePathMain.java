package dev.tauraro.modulepath;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.script.Tauraro;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * Run by {@link ModulePathTest} in a JVM whose module path holds the tauraro modules: loads each
 * by its module name, uses the APIs, and checks that internal packages are not exported.
 */
public final class ModulePathMain {
    private ModulePathMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String name : List.of("dev.tauraro.asyncio", "dev.tauraro.multiprocessing", "dev.tauraro.httpx",
                "dev.tauraro.websockets", "dev.tauraro.script")) {
            Module m = ModuleLayer.boot().findModule(name).orElseThrow();
            System.out.println(name + " named=" + m.isNamed() + " automatic=" + m.getDescriptor().isAutomatic()
                    + " exports=" + m.getDescriptor().exports().stream().map(e -> e.source()).sorted().toList());
        }
        System.out.println("asyncio " + Asyncio.run(Asyncio.sleep(0.01, "slept")));
        try (dev.tauraro.multiprocessing.Pool pool = dev.tauraro.multiprocessing.Pool.builder().processes(2).build()) {
            System.out.println("pool " + pool.map(x -> x * x, List.of(1, 2, 3)));
        }
        System.out.println("httpx " + dev.tauraro.httpx.URL.class.getModule().getName());
        System.out.println("websockets " + dev.tauraro.websockets.Websockets.class.getModule().getName());
        try (Tauraro py = Tauraro.create()) {
            System.out.println("tauraro " + py.eval("sum(x * x for x in range(4))") + " in "
                    + Tauraro.class.getModule().getName());
        }
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        System.out.println("jsr223 " + engine.getClass().getModule().getName() + " " + engine.eval("'py' * 2"));
        ((AutoCloseable) engine).close();
        try {
            Class.forName("dev.tauraro.script.runtime.Ops").getMethod("repr", Object.class).invoke(null, "x");
            System.out.println("runtime exported");
        } catch (IllegalAccessException e) {
            System.out.println("runtime encapsulated");
        }
    }
}
