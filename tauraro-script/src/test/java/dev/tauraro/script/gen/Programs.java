package dev.tauraro.script.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.impl.Constraint;

/**
 * Small random programs exercising the object model: class definitions with dunder methods,
 * properties, static and class methods, {@code __slots__}, {@code __getattr__}/{@code __setattr__},
 * inheritance with {@code super()}, decorators (plain {@code *a, **k} wrappers, {@code functools.wraps},
 * decorator factories) on functions and methods, calls of every argument shape (right and wrong),
 * attribute reads, writes and deletes (present and missing), operators and exceptions (custom
 * classes, chaining, {@code finally}); a fifth of them end with an uncaught exception.
 *
 * <p>Program {@code n} is {@link #GEN} drawn from a source seeded with {@code n}, so the same
 * numbers always give the same programs: their CPython 3.11 transcripts are recorded once
 * ({@code dev.tauraro.script.cli.RecordTranscripts}) and the test compares with them. Every program is deterministic:
 * no ids, addresses, hash values or set orders are printed, and every class has a {@code __repr__}.
 */
public final class Programs {
    private Programs() {
    }

    /** The generator of whole programs. */
    public static final Gen<String> GEN = source -> new Builder(source).program();

    /** Program {@code n}. */
    public static String program(long n) {
        return GEN.generate(new Seeded(n));
    }

    /** A QuickTheories randomness source over a seeded PRNG (no shrinking: programs are replayed, not searched). */
    private static final class Seeded implements DetatchedRandomnessSource {
        private final SplittableRandom random;

        Seeded(long seed) {
            this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        }

        @Override
        public long next(Constraint c) {
            long[] bounds = bounds(c);
            return bounds[0] + (long) (random.nextDouble() * (bounds[1] - bounds[0] + 1));
        }

        @Override
        public DetatchedRandomnessSource detach() {
            return this;
        }

        @Override
        public void registerFailedAssumption() {
        }

        @Override
        public void commit() {
        }

        /** Constraint's bounds are package-private: read them through its public check. */
        private static long[] bounds(Constraint c) {
            long lo = 0;
            long hi = 0;
            while (c.allowed(hi + 1) && hi < 1_000) {
                hi++;
            }
            while (c.allowed(lo - 1) && lo > -1_000) {
                lo--;
            }
            return new long[] {lo, hi};
        }
    }

    /** Builds one program from a source; not thread-safe. */
    private static final class Builder {
        private static final String[] METHOD_SIGNATURES = {
            "self", "self, a", "self, a, b=2", "self, *args", "self, a, *args, **kw", "self, a, *, k=1",
            "self, a, /, b", "self, **kw", "self, *, k"};
        private static final String[] FUNCTION_SIGNATURES = {
            "", "a", "a, b=2", "*args", "a, *args, **kw", "a, *, k=1", "a, /, b", "**kw", "*, k", "a, b, c=3, *args, d, **kw"};
        private static final String[] ARGUMENTS = {
            "", "1", "1, 2", "1, 2, 3", "a=1", "1, b=5", "k=7", "1, k=7", "*[1, 2]", "**{'k': 4}", "1, a=2",
            "z=0", "1, *[2], k=3", "1, 2, d=4", "b=1", "*(), **{}", "1, 2, 3, d=4, e=5"};
        private static final String[] VALUES = {"0", "1", "-3", "2.5", "'s'", "(1, 2)", "[3, 1, 2]", "None", "True"};

        private final RandomnessSource source;
        private final StringBuilder out = new StringBuilder();
        private final List<String> classes = new ArrayList<>();      // defined so far, in order
        private final List<String> instances = new ArrayList<>();    // "name:Class"
        private final List<String> functions = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private int labels;

        Builder(RandomnessSource source) {
            this.source = source;
        }

        private int pick(int n) {
            return SourceDSL.integers().between(0, n - 1).generate(source);
        }

        private boolean chance(int percent) {
            return pick(100) < percent;
        }

        private <T> T one(T[] options) {
            return options[pick(options.length)];
        }

        private <T> T one(List<T> options) {
            return options.get(pick(options.size()));
        }

        private void line(String s) {
            out.append(s).append('\n');
        }

        String program() {
            line("import functools");
            line("");
            line("def show(label, thunk):");
            line("    try:");
            line("        print(label, repr(thunk()))");
            line("    except Exception as e:");
            line("        print(label, 'raised', type(e).__name__, e)");
            line("");
            decorators();
            int nErrors = 1 + pick(2);
            for (int i = 0; i < nErrors; i++) {
                errorClass("Err" + i);
            }
            int nClasses = 1 + pick(3);
            for (int i = 0; i < nClasses; i++) {
                klass(String.valueOf((char) ('A' + i)));
            }
            int nFunctions = 1 + pick(3);
            for (int i = 0; i < nFunctions; i++) {
                function("f" + i);
            }
            for (String c : classes) {
                String obj = c.toLowerCase() + "1";
                line(obj + " = " + c + "(1, 2)");
                instances.add(obj + ":" + c);
            }
            line("");
            int statements = 10 + pick(15);
            for (int i = 0; i < statements; i++) {
                statement();
            }
            if (chance(20)) {
                uncaught();
            }
            return out.toString();
        }

        private void decorators() {
            line("def plain(fn):");
            line("    def wrapper(*a, **k):");
            line("        return fn(*a, **k)");
            line("    return wrapper");
            line("");
            line("def wrapped(fn):");
            line("    @functools.wraps(fn)");
            line("    def wrapper(*args, **kwargs):");
            line("        print('call', fn.__name__, len(args), sorted(kwargs))");
            line("        return fn(*args, **kwargs)");
            line("    return wrapper");
            line("");
            line("def times(n):");
            line("    def deco(fn):");
            line("        def wrapper(*a, **k):");
            line("            return [fn(*a, **k) for _ in range(n)]");
            line("        return wrapper");
            line("    return deco");
            line("");
        }

        private String decorator() {
            return one(new String[] {"@plain", "@wrapped", "@times(2)"});
        }

        private void errorClass(String name) {
            String base = errors.isEmpty() || chance(50) ? one(new String[] {"Exception", "ValueError", "KeyError"})
                    : one(errors);
            line("class " + name + "(" + base + "):");
            switch (pick(4)) {
                case 0 -> line("    pass");
                case 1 -> {
                    line("    def __init__(self, msg, code=0):");
                    line("        super().__init__(msg)");
                    line("        self.code = code");
                }
                case 2 -> {
                    line("    def __str__(self):");
                    line("        return 'custom ' + repr(self.args)");
                }
                default -> {
                    line("    def __init__(self, *args):");
                    line("        super().__init__(*args)");
                    line("        self.note = len(args)");
                }
            }
            line("");
            errors.add(name);
        }

        private void klass(String name) {
            String base = classes.isEmpty() || chance(40) ? "" : one(classes);
            boolean slots = base.isEmpty() && chance(20);
            line("class " + name + (base.isEmpty() ? "" : "(" + base + ")") + ":");
            if (slots) {
                line("    __slots__ = ('a', 'b', '_p')");
            }
            if (chance(30)) {
                line("    kind = " + one(VALUES));
            }
            boolean init = base.isEmpty() || chance(60);
            if (init) {
                line("    def __init__(self, a=0, b=0):");
                if (!base.isEmpty()) {
                    line("        super().__init__(a, b)");
                }
                line("        self.a = a");
                line("        self.b = b");
                if (!slots) {
                    line("        self._p = a");
                } else {
                    line("        self._p = b");
                }
            }
            line("    def __repr__(self):");
            line("        return f'" + name + "({self.a!r}, {self.b!r})'");
            if (chance(40)) {
                line("    def __str__(self):");
                line("        return 'str-" + name + "'");
            }
            if (chance(50)) {
                line("    def __eq__(self, other):");
                line("        return isinstance(other, " + name + ") and self.a == other.a");
                if (chance(50)) {
                    line("    def __hash__(self):");
                    line("        return hash(self.a)");
                }
            }
            if (chance(40)) {
                line("    def __lt__(self, other):");
                line("        return self.a < other.a");
            }
            if (chance(40)) {
                line("    def __len__(self):");
                line("        return abs(self.a) + 1");
            }
            if (chance(40)) {
                line("    def __getitem__(self, i):");
                line("        return [self.a, self.b, 'x'][i]");
            }
            if (chance(30)) {
                line("    def __contains__(self, v):");
                line("        return v == self.b");
            }
            if (chance(30)) {
                line("    def __iter__(self):");
                line("        yield self.a");
                line("        yield from (self.b, 'end')");
            }
            if (chance(30)) {
                line("    def __bool__(self):");
                line("        return self.a > 0");
            }
            if (chance(40)) {
                line("    def __call__(self, *args, **kw):");
                line("        return ('called', args, sorted(kw.items()))");
            }
            if (chance(30) && !slots) {
                line("    def __getattr__(self, name):");
                line("        if name.startswith('no'):");
                line("            raise AttributeError(name)");
                line("        return 'dyn_' + name");
            }
            if (chance(25)) {
                line("    def __setattr__(self, name, value):");
                line("        print('set', name)");
                line("        super().__setattr__(name, value)");
            }
            if (chance(15)) {
                line("    def __delattr__(self, name):");
                line("        print('del', name)");
                line("        object.__delattr__(self, name)");
            }
            if (chance(40)) {
                line("    def __add__(self, other):");
                line("        if isinstance(other, int):");
                line("            return " + name + "(self.a + other, self.b)");
                line("        return NotImplemented");
                if (chance(50)) {
                    line("    def __radd__(self, other):");
                    line("        return ('radd', other)");
                }
            }
            if (chance(30)) {
                line("    def __neg__(self):");
                line("        return " + name + "(-self.a, self.b)");
            }
            if (chance(40)) {
                line("    @property");
                line("    def p(self):");
                line("        return self._p * 2");
                if (chance(50)) {
                    line("    @p.setter");
                    line("    def p(self, v):");
                    line("        if v < 0:");
                    line("            raise ValueError('negative')");
                    line("        self._p = v");
                }
            }
            if (chance(40)) {
                line("    @staticmethod");
                line("    def st(x, y=1):");
                line("        return x * y");
            }
            if (chance(40)) {
                line("    @classmethod");
                line("    def make(cls, a):");
                line("        return cls(a, a)");
            }
            if (chance(30)) {
                line("    def __enter__(self):");
                line("        print('enter', self.a)");
                line("        return self");
                line("    def __exit__(self, et, ev, tb):");
                line("        print('exit', et.__name__ if et else None)");
                line("        return " + (chance(50) ? "True" : "False"));
            }
            int methods = pick(3);
            for (int i = 0; i < methods; i++) {
                String sig = one(METHOD_SIGNATURES);
                if (chance(40)) {
                    line("    " + decorator());
                }
                line("    def m" + i + "(" + sig + "):");
                line("        return " + body(sig.replaceFirst("^self,? ?", "")));
            }
            if (!base.isEmpty() && chance(50)) {
                line("    def describe(self):");
                line("        return ('" + name + "', repr(self), super().__repr__())");
            }
            line("");
            classes.add(name);
        }

        /** An expression returning every parameter of {@code sig}, as a tuple. */
        private static String body(String sig) {
            List<String> parts = new ArrayList<>();
            for (String p : sig.split(",")) {
                String name = p.strip().replaceAll("=.*", "");
                if (name.isEmpty() || name.equals("/") || name.equals("*")) {
                    continue;
                }
                if (name.startsWith("**")) {
                    parts.add("sorted(" + name.substring(2) + ".items())");
                } else if (name.startsWith("*")) {
                    parts.add(name.substring(1));
                } else {
                    parts.add(name);
                }
            }
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }

        private void function(String name) {
            String sig = one(FUNCTION_SIGNATURES);
            if (chance(40)) {
                line(decorator());
            }
            line("def " + name + "(" + sig + "):");
            if (chance(20) && !errors.isEmpty()) {
                line("    if " + (sig.isEmpty() ? "True" : "len(" + body(sig) + ") > 2") + ":");
                line("        raise " + one(errors) + "('from " + name + "')");
            }
            line("    return " + body(sig));
            line("");
            functions.add(name);
        }

        private String label() {
            return "'" + (labels++) + "'";
        }

        private String instance() {
            return one(instances).split(":")[0];
        }

        private void statement() {
            switch (pick(10)) {
                case 0, 1 -> line("show(" + label() + ", lambda: " + one(functions) + "(" + one(ARGUMENTS) + "))");
                case 2 -> line("show(" + label() + ", lambda: " + instance() + ".m" + pick(3) + "(" + one(ARGUMENTS) + "))");
                case 3 -> attribute();
                case 4 -> operator();
                case 5 -> classLevel();
                case 6 -> exceptions();
                case 7 -> line("show(" + label() + ", lambda: " + one(classes) + "(" + one(ARGUMENTS) + "))");
                case 8 -> withStatement();
                default -> line("show(" + label() + ", lambda: " + one(new String[] {
                    "(" + one(functions) + ".__name__, " + one(functions) + ".__qualname__)",
                    "type(" + instance() + ").__name__", "isinstance(" + instance() + ", " + one(classes) + ")",
                    "issubclass(" + one(classes) + ", " + one(classes) + ")",
                    "[c.__name__ for c in " + one(classes) + ".__mro__]",
                    "sorted(k for k in vars(" + one(classes) + ") if not k.startswith('__'))"}) + ")");
            }
        }

        private void attribute() {
            String obj = instance();
            String attr = one(new String[] {"a", "b", "p", "nope", "zz", "kind", "_p"});
            switch (pick(6)) {
                case 0 -> line("show(" + label() + ", lambda: " + obj + "." + attr + ")");
                case 1 -> line("show(" + label() + ", lambda: setattr(" + obj + ", '" + attr + "', " + one(VALUES) + "))");
                case 2 -> {
                    line("try:");
                    line("    del " + obj + "." + attr);
                    line("    print(" + label() + ", 'deleted', hasattr(" + obj + ", '" + attr + "'))");
                    line("except AttributeError as e:");
                    line("    print(" + label() + ", 'AttributeError', e)");
                }
                case 3 -> line("show(" + label() + ", lambda: (hasattr(" + obj + ", '" + attr + "'), getattr(" + obj + ", '"
                        + attr + "', 'default')))");
                case 4 -> line("show(" + label() + ", lambda: " + obj + ".p)");
                default -> {
                    line("try:");
                    line("    " + obj + ".p = " + one(new String[] {"5", "-1"}));
                    line("    print(" + label() + ", " + obj + ".p)");
                    line("except (AttributeError, ValueError) as e:");
                    line("    print(" + label() + ", type(e).__name__, e)");
                }
            }
        }

        private void operator() {
            String a = instance();
            String b = instance();
            line("show(" + label() + ", lambda: " + one(new String[] {
                "len(" + a + ")", a + "[1]", a + "[5]", "2 in " + a, "list(" + a + ")", "bool(" + a + ")",
                a + " == " + b, a + " != " + b, a + " < " + b, "sorted([" + a + ", " + b + "])", a + " + 1",
                "1 + " + a, a + " + 'x'", "-" + a, a + "(1, k=2)", "str(" + a + ")", "f'{" + a + "}'",
                "repr(" + a + ")", "hash(" + a + ") == hash(" + a + ")", "{" + a + ": 1}[" + a + "]",
                a + " is " + b}) + ")");
        }

        private void classLevel() {
            String c = one(classes);
            line("show(" + label() + ", lambda: " + one(new String[] {
                c + ".st(3)", c + ".st(2, y=5)", c + ".make(4)", c + ".kind", c + ".m0(" + c + "(1, 1))",
                c + ".describe(" + c + "(2, 3))", c + ".__name__", c + ".__qualname__", c + ".nope"}) + ")");
        }

        private void exceptions() {
            String err = one(errors);
            String other = one(errors);
            line("try:");
            switch (pick(4)) {
                case 0 -> line("    raise " + err + "('boom')");
                case 1 -> {
                    line("    try:");
                    line("        " + one(functions) + "(" + one(ARGUMENTS) + ")");
                    line("        raise " + err + "('inner')");
                    line("    except " + other + " as e:");
                    line("        raise " + err + "('outer') from e");
                }
                case 2 -> line("    " + instance() + "." + one(new String[] {"nope", "zz", "m0()"}));
                default -> {
                    line("    try:");
                    line("        raise " + other + "('first')");
                    line("    finally:");
                    line("        print(" + label() + ", 'finally')");
                }
            }
            line("except (" + err + ", " + other + ") as e:");
            line("    print(" + label() + ", type(e).__name__, str(e), repr(e.args), type(e.__cause__).__name__,"
                    + " type(e.__context__).__name__)");
            line("except Exception as e:");
            line("    print(" + label() + ", 'other', type(e).__name__, e)");
            line("else:");
            line("    print(" + label() + ", 'no error')");
        }

        private void withStatement() {
            String obj = instance();
            line("try:");
            line("    with " + obj + " as w:");
            line("        print(" + label() + ", 'in', repr(w))");
            if (chance(50)) {
                line("        raise " + one(errors) + "('in with')");
            }
            line("    print(" + label() + ", 'after')");
            line("except Exception as e:");
            line("    print(" + label() + ", 'with raised', type(e).__name__, e)");
        }

        private void uncaught() {
            switch (pick(3)) {
                case 0 -> line("raise " + one(errors) + "('uncaught')");
                case 1 -> {
                    line("def outer():");
                    line("    return inner()");
                    line("def inner():");
                    line("    return " + instance() + ".nothing_here");
                    line("outer()");
                }
                default -> line(one(functions) + "(" + one(ARGUMENTS) + ")");
            }
        }
    }
}
