package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyRange;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code random}: CPython's Mersenne Twister (MT19937) with CPython's seeding and
 * derivation of every function, so a seeded script prints the same numbers as under CPython.
 *
 * <p>Python equivalent: {@code random}.
 *
 * <pre>{@code
 * random.seed(42)
 * print(random.random(), random.randint(1, 100))   # 0.6394267984578837 4, as CPython prints
 * }</pre>
 *
 * <h2>Thread-safety</h2>
 * Each generator is guarded by its own monitor, so threads sharing the module-level generator
 * never corrupt its state (CPython relies on the GIL for the same guarantee).
 *
 * <h2>Differences from CPython</h2>
 * {@code seed(x, version=1)}, {@code SystemRandom} and the rarer distributions (betavariate,
 * gammavariate, vonmisesvariate, ...) are not provided. {@code gauss}/{@code expovariate} use
 * Java's {@code Math.log/sin/cos}, which can differ from the C library in the last bit.
 */
public final class RandomModule {
    private RandomModule() {
    }

    private static final String[] FUNCTIONS = {"seed", "random", "getrandbits", "randrange", "randint", "choice",
        "choices", "shuffle", "sample", "uniform", "triangular", "gauss", "normalvariate", "expovariate",
        "getstate", "setstate", "randbytes"};

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("random", interp);
        Generator shared = new Generator();
        shared.seed(PyNone.NONE);
        methods(shared).forEach(m::set);
        m.set("Random", RANDOM);
        return m;
    }

    /** {@code random.Random([seed])}: an independent generator with the module's functions as methods. */
    static final PyClass RANDOM = PyClass.builtin("Random", "random", (a, k) -> {
        Generator g = new Generator();
        g.seed(a.length > 0 ? a[0] : PyNone.NONE);
        PyInstance inst = new PyInstance(RandomModule.RANDOM);
        methods(g).forEach(inst::setOwn);
        return inst;
    }, Map.of());

    private static Map<String, Object> methods(Generator g) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (String name : FUNCTIONS) {
            t.put(name, new BuiltinFunction(name, impl(g, name)));
        }
        return t;
    }

    private static PyCallable impl(Generator g, String name) {
        return switch (name) {
            case "seed" -> (a, k) -> {
                Args args = Args.of("seed", a, k, "a", "version");
                g.seed(args.get(0, "a", PyNone.NONE));
                return PyNone.NONE;
            };
            case "random" -> (a, k) -> g.random();
            case "getrandbits" -> (a, k) -> g.getrandbits(Ops.toLong(Args.of("getrandbits", a, k).required(0, "k")));
            case "randrange" -> (a, k) -> {
                Args args = Args.of("randrange", a, k, "start", "stop", "step");
                return g.randrange(args.required(0, "start"), args.get(1, "stop", PyNone.NONE),
                        args.get(2, "step", null));
            };
            case "randint" -> (a, k) -> {
                Args args = Args.of("randint", a, k, "a", "b");
                Object hi = args.required(1, "b");
                return g.randrange(args.required(0, "a"), Ops.add(hi, 1L), null);
            };
            case "choice" -> (a, k) -> g.choice(Args.of("choice", a, k, "seq").required(0, "seq"));
            case "choices" -> (a, k) -> {
                Args args = Args.of("choices", a, k, "population", "weights", "cum_weights", "k");
                return g.choices(args.required(0, "population"), args.get(1, "weights", PyNone.NONE),
                        args.kw("cum_weights", PyNone.NONE), Ops.toLong(args.kw("k", 1L)));
            };
            case "shuffle" -> (a, k) -> {
                g.shuffle(Args.of("shuffle", a, k, "x").required(0, "x"));
                return PyNone.NONE;
            };
            case "sample" -> (a, k) -> {
                Args args = Args.of("sample", a, k, "population", "k", "counts");
                return g.sample(args.required(0, "population"), args.required(1, "k"),
                        args.kw("counts", PyNone.NONE));
            };
            case "uniform" -> (a, k) -> {
                Args args = Args.of("uniform", a, k, "a", "b");
                Object lo = args.required(0, "a");
                // a + (b - a) * random(), in Python's own arithmetic (ints stay exact until the multiply)
                return Ops.add(lo, Ops.mul(Ops.sub(args.required(1, "b"), lo), g.random()));
            };
            case "triangular" -> (a, k) -> {
                Args args = Args.of("triangular", a, k, "low", "high", "mode");
                return g.triangular(Ops.toDouble(args.get(0, "low", 0.0)), Ops.toDouble(args.get(1, "high", 1.0)),
                        args.get(2, "mode", PyNone.NONE));
            };
            case "gauss" -> (a, k) -> {
                Args args = Args.of("gauss", a, k, "mu", "sigma");
                return g.gauss(Ops.toDouble(args.get(0, "mu", 0.0)), Ops.toDouble(args.get(1, "sigma", 1.0)));
            };
            case "normalvariate" -> (a, k) -> {
                Args args = Args.of("normalvariate", a, k, "mu", "sigma");
                return g.normalvariate(Ops.toDouble(args.get(0, "mu", 0.0)),
                        Ops.toDouble(args.get(1, "sigma", 1.0)));
            };
            case "expovariate" -> (a, k) -> {
                double lambd = Ops.toDouble(Args.of("expovariate", a, k, "lambd").required(0, "lambd"));
                if (lambd == 0) {
                    throw Exceptions.zeroDivision("float division by zero");
                }
                return -Math.log(1.0 - g.random()) / lambd;
            };
            case "getstate" -> (a, k) -> g.getstate();
            case "setstate" -> (a, k) -> {
                g.setstate(Args.of("setstate", a, k, "state").required(0, "state"));
                return PyNone.NONE;
            };
            case "randbytes" -> (a, k) -> {
                long n = Ops.toLong(Args.of("randbytes", a, k, "n").required(0, "n"));
                BigInteger bits = Ops.bigInt(g.getrandbits(n * 8));
                byte[] big = bits.toByteArray();
                byte[] out = new byte[(int) n];
                // to_bytes(n, 'little'): least significant byte first
                for (int i = 0; i < n && i < big.length; i++) {
                    out[i] = big[big.length - 1 - i];
                }
                return new PyBytes(out);
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    // ================================================================ the generator

    /** One MT19937 state, seeded and consumed exactly as {@code _randommodule.c} does. */
    static final class Generator {
        private static final int N = 624;
        private static final int M = 397;
        private final int[] mt = new int[N];
        private int index = N + 1;
        /** {@code gauss_next}: the second value of the last Box-Muller pair, or null. */
        private Double gaussNext;

        synchronized void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        synchronized void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            index = N;
        }

        /** genrand_uint32, as an unsigned value in an int. */
        synchronized int next32() {
            int y;
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
                }
                y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
                index = 0;
            }
            y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** random_random: 53 random bits from two words. */
        synchronized double random() {
            long a = Integer.toUnsignedLong(next32()) >>> 5;
            long b = Integer.toUnsignedLong(next32()) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** getrandbits(k): whole 32-bit words, least significant first, the last one truncated. */
        synchronized Object getrandbits(long k) {
            if (k < 0) {
                throw Exceptions.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return Integer.toUnsignedLong(next32()) >>> (32 - k);
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] bigEndian = new byte[words * 4 + 1];
            long left = k;
            for (int i = 0; i < words; i++, left -= 32) {
                int r = next32();
                if (left < 32) {
                    r >>>= 32 - left;
                }
                int at = bigEndian.length - 4 * (i + 1);
                bigEndian[at] = (byte) (r >>> 24);
                bigEndian[at + 1] = (byte) (r >>> 16);
                bigEndian[at + 2] = (byte) (r >>> 8);
                bigEndian[at + 3] = (byte) r;
            }
            return Ops.normalize(new BigInteger(bigEndian));
        }

        /** _randbelow_with_getrandbits: rejection sampling on bit_length(n) bits; n > 0. */
        synchronized Object randbelow(Object n) {
            if (n instanceof Long l) {
                int k = 64 - Long.numberOfLeadingZeros(l);
                long r = toLongBits(getrandbits(k));
                while (r >= l) {
                    r = toLongBits(getrandbits(k));
                }
                return r;
            }
            BigInteger big = Ops.bigInt(n);
            int k = big.bitLength();
            Object r = getrandbits(k);
            while (Ops.bigInt(r).compareTo(big) >= 0) {
                r = getrandbits(k);
            }
            return r;
        }

        private static long toLongBits(Object r) {
            return (Long) r; // k <= 63 bits here, so getrandbits returned a Long
        }

        int randbelowInt(long n) {
            return (int) (long) (Long) randbelow(n);
        }

        synchronized void seed(Object a) {
            gaussNext = null;
            BigInteger n;
            if (a == PyNone.NONE) {
                int[] key = new int[N];
                java.nio.ByteBuffer.wrap(Entropy.bytes(4 * N)).asIntBuffer().get(key);
                initByArray(key);
                return;
            } else if (a instanceof String || a instanceof PyBytes) {
                byte[] bytes = a instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).bytes();
                byte[] digest;
                try {
                    digest = MessageDigest.getInstance("SHA-512").digest(bytes);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
                byte[] all = new byte[bytes.length + digest.length];
                System.arraycopy(bytes, 0, all, 0, bytes.length);
                System.arraycopy(digest, 0, all, bytes.length, digest.length);
                n = new BigInteger(1, all);
            } else if (a instanceof Boolean || a instanceof Double) {
                // not an exact int: CPython seeds with hash(a) read as an unsigned 64-bit value
                long h = a instanceof Boolean b ? (b ? 1 : 0) : floatHash((Double) a);
                n = new BigInteger(Long.toUnsignedString(h));
            } else if (Ops.type(a) == Types.INT) {
                n = Ops.bigInt(a).abs();
            } else {
                throw Exceptions.typeError("The only supported seed types are: None,\n"
                        + "int, float, str, bytes, and bytearray.");
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        private static final BigInteger HASH_MODULUS = BigInteger.valueOf((1L << 61) - 1);

        /** Python's hash(float): the value as a fraction modulo 2**61 - 1. */
        static long floatHash(double d) {
            if (Double.isInfinite(d)) {
                return d > 0 ? 314159 : -314159;
            }
            if (Double.isNaN(d) || d == 0) {
                return 0;
            }
            long bits = Double.doubleToRawLongBits(Math.abs(d));
            int exp = (int) ((bits >>> 52) & 0x7ff);
            long mant = bits & ((1L << 52) - 1);
            if (exp == 0) {
                exp = 1;
            } else {
                mant |= 1L << 52;
            }
            int e = exp - 1075; // |d| = mant * 2**e
            int shift = Math.floorMod(e, 61); // 2**61 == 1 (mod 2**61 - 1)
            long h = BigInteger.valueOf(mant).shiftLeft(shift).mod(HASH_MODULUS).longValue();
            if (d < 0) {
                h = -h;
            }
            return h == -1 ? -2 : h;
        }

        Object randrange(Object start, Object stop, Object step) {
            Object istart = integer(start, "non-integer arg 1 for randrange()");
            if (stop == PyNone.NONE) {
                if (step != null) {
                    throw Exceptions.typeError("Missing a non-None stop argument");
                }
                if (Ops.compare(istart, 0L, ">") > 0) {
                    return randbelow(istart);
                }
                throw Exceptions.valueError("empty range for randrange()");
            }
            Object istop = integer(stop, "non-integer stop for randrange()");
            Object width = Ops.sub(istop, istart);
            Object istep = step == null ? 1L : integer(step, "non-integer step for randrange()");
            if (Ops.eq(istep, 1L)) {
                if (Ops.compare(width, 0L, ">") > 0) {
                    return Ops.add(istart, randbelow(width));
                }
                throw Exceptions.valueError("empty range for randrange() (" + Ops.str(istart) + ", " + Ops.str(istop)
                        + ", " + Ops.str(width) + ")");
            }
            int sign = Ops.compare(istep, 0L, ">");
            Object n;
            if (sign > 0) {
                n = Ops.floordiv(Ops.sub(Ops.add(width, istep), 1L), istep);
            } else if (sign < 0) {
                n = Ops.floordiv(Ops.add(Ops.add(width, istep), 1L), istep);
            } else {
                throw Exceptions.valueError("zero step for randrange()");
            }
            if (Ops.compare(n, 0L, "<=") <= 0) {
                throw Exceptions.valueError("empty range for randrange()");
            }
            return Ops.add(istart, Ops.mul(istep, randbelow(n)));
        }

        /** operator.index(x), or int(x) for an integral float (deprecated in CPython, still accepted). */
        private static Object integer(Object x, String message) {
            if (Ops.type(x) == Types.INT) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (x instanceof Double d) {
                if (d != Math.rint(d) || Double.isInfinite(d)) {
                    throw Exceptions.valueError(message);
                }
                return Ops.normalize(new java.math.BigDecimal(d).toBigInteger());
            }
            throw Exceptions.typeError("'" + Ops.typeName(x) + "' object cannot be interpreted as an integer");
        }

        Object choice(Object seq) {
            long n = Ops.len(seq);
            if (n == 0) {
                throw Exceptions.indexError("Cannot choose from an empty sequence");
            }
            return Ops.getItem(seq, randbelow(n));
        }

        void shuffle(Object x) {
            long n = Ops.len(x);
            for (long i = n - 1; i >= 1; i--) {
                Object j = randbelow(i + 1);
                Object xi = Ops.getItem(x, i);
                Object xj = Ops.getItem(x, j);
                Ops.setItem(x, i, xj);
                Ops.setItem(x, j, xi);
            }
        }

        PyList sample(Object population, Object kObj, Object counts) {
            if (!(population instanceof List<?> || population instanceof String || population instanceof PyRange
                    || population instanceof PyBytes)) {
                throw Exceptions.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            int n = (int) Ops.len(population);
            if (counts != PyNone.NONE) {
                PyList cum = new PyList();
                Object total = 0L;
                for (Object c : Ops.toList(counts)) {
                    total = Ops.add(total, c);
                    cum.add(total);
                }
                if (cum.size() != n) {
                    throw Exceptions.valueError("The number of counts does not match the population");
                }
                cum.remove(cum.size() - 1);
                if (Ops.type(total) != Types.INT) {
                    throw Exceptions.typeError("Counts must be integers");
                }
                if (Ops.compare(total, 0L, "<=") <= 0) {
                    throw Exceptions.valueError("Total of counts must be greater than zero");
                }
                PyList selections = sample(new PyRange(0, Ops.toLong(total), 1), kObj, PyNone.NONE);
                PyList out = new PyList(selections.size());
                for (Object s : selections) {
                    out.add(Ops.getItem(population, (long) bisectRight(cum, s, 0, cum.size())));
                }
                return out;
            }
            long k = Ops.toLong(kObj);
            if (k < 0 || k > n) {
                throw Exceptions.valueError("Sample larger than population or is negative");
            }
            PyList result = new PyList((int) k);
            long setsize = 21;
            if (k > 5) {
                setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
            }
            if (n <= setsize) {
                PyList pool = Ops.toList(population);
                for (int i = 0; i < k; i++) {
                    int j = randbelowInt(n - i);
                    result.add(pool.get(j));
                    pool.set(j, pool.get(n - i - 1));
                }
            } else {
                Set<Integer> selected = new HashSet<>();
                for (int i = 0; i < k; i++) {
                    int j = randbelowInt(n);
                    while (selected.contains(j)) {
                        j = randbelowInt(n);
                    }
                    selected.add(j);
                    result.add(Ops.getItem(population, (long) j));
                }
            }
            return result;
        }

        PyList choices(Object population, Object weights, Object cumWeights, long k) {
            int n = (int) Ops.len(population);
            PyList out = new PyList();
            if (cumWeights == PyNone.NONE) {
                if (weights == PyNone.NONE) {
                    for (long i = 0; i < k; i++) {
                        out.add(Ops.getItem(population, (long) Math.floor(random() * n)));
                    }
                    return out;
                }
                PyList cum = new PyList();
                Object total = 0L;
                for (Object w : Ops.toList(weights)) {
                    total = Ops.add(total, w);
                    cum.add(total);
                }
                cumWeights = cum;
            } else if (weights != PyNone.NONE) {
                throw Exceptions.typeError("Cannot specify both weights and cumulative weights");
            }
            PyList cum = Ops.toList(cumWeights);
            if (cum.size() != n) {
                throw Exceptions.valueError("The number of weights does not match the population");
            }
            double total = Ops.toDouble(cum.get(n - 1));
            if (total <= 0.0) {
                throw Exceptions.valueError("Total of weights must be greater than zero");
            }
            if (Double.isInfinite(total) || Double.isNaN(total)) {
                throw Exceptions.valueError("Total of weights must be finite");
            }
            for (long i = 0; i < k; i++) {
                out.add(Ops.getItem(population, (long) bisectRight(cum, random() * total, 0, n - 1)));
            }
            return out;
        }

        private static int bisectRight(List<Object> a, Object x, int lo, int hi) {
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Ops.truthy(Ops.lt(x, a.get(mid)))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        double triangular(double low, double high, Object modeObj) {
            double u = random();
            double c;
            try {
                c = modeObj == PyNone.NONE ? 0.5 : (Ops.toDouble(modeObj) - low) / (high - low);
            } catch (ArithmeticException e) {
                return low;
            }
            if (high == low) {
                return low;
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return low + (high - low) * Math.sqrt(u * c);
        }

        synchronized double gauss(double mu, double sigma) {
            Double z = gaussNext;
            gaussNext = null;
            if (z == null) {
                double x2pi = random() * 2 * Math.PI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
                z = Math.cos(x2pi) * g2rad;
                gaussNext = Math.sin(x2pi) * g2rad;
            }
            return mu + z * sigma;
        }

        double normalvariate(double mu, double sigma) {
            final double nvMagicConst = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
            double z;
            while (true) {
                double u1 = random();
                double u2 = 1.0 - random();
                z = nvMagicConst * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.log(u2)) {
                    break;
                }
            }
            return mu + z * sigma;
        }

        /** (3, (624 words + index), gauss_next), as CPython's getstate() returns. */
        synchronized PyTuple getstate() {
            Object[] internal = new Object[N + 1];
            for (int i = 0; i < N; i++) {
                internal[i] = Integer.toUnsignedLong(mt[i]);
            }
            internal[N] = (long) index;
            return new PyTuple(new Object[] {3L, new PyTuple(internal), gaussNext == null ? PyNone.NONE : gaussNext});
        }

        synchronized void setstate(Object state) {
            List<Object> s = Ops.toList(state);
            if (s.size() != 3 || !Ops.eq(s.get(0), 3L)) {
                throw Exceptions.valueError("state with version " + Ops.str(s.get(0))
                        + " passed to Random.setstate() of version 3");
            }
            List<Object> internal = Ops.toList(s.get(1));
            if (internal.size() != N + 1) {
                throw Exceptions.valueError("state vector is the wrong size");
            }
            long idx = Ops.toLong(internal.get(N));
            if (idx < 0 || idx > N) {
                throw Exceptions.valueError("invalid state");
            }
            for (int i = 0; i < N; i++) {
                mt[i] = (int) Ops.toLong(internal.get(i));
            }
            index = (int) idx;
            gaussNext = s.get(2) == PyNone.NONE ? null : Ops.toDouble(s.get(2));
        }
    }
}
