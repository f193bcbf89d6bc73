package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code _hashlib}: the JDK's message digests under Python's names ({@code lib/hashlib.py} adds
 * the named constructors), {@code blake2b} ({@link Blake2b}, as JDK 17 has no BLAKE2) and
 * {@code pbkdf2_hmac} over {@link Mac}. Not provided: blake2s, shake, blake2b's tree parameters
 * (accepted and ignored).
 */
public final class HashlibModule {
    /** Python name → JDK algorithm and block size. */
    private static final Map<String, Object[]> ALGORITHMS = Map.ofEntries(
            Map.entry("md5", new Object[] {"MD5", 64}),
            Map.entry("sha1", new Object[] {"SHA-1", 64}),
            Map.entry("sha224", new Object[] {"SHA-224", 64}),
            Map.entry("sha256", new Object[] {"SHA-256", 64}),
            Map.entry("sha384", new Object[] {"SHA-384", 128}),
            Map.entry("sha512", new Object[] {"SHA-512", 128}),
            Map.entry("sha512_224", new Object[] {"SHA-512/224", 128}),
            Map.entry("sha512_256", new Object[] {"SHA-512/256", 128}),
            Map.entry("sha3_224", new Object[] {"SHA3-224", 144}),
            Map.entry("sha3_256", new Object[] {"SHA3-256", 136}),
            Map.entry("sha3_384", new Object[] {"SHA3-384", 104}),
            Map.entry("sha3_512", new Object[] {"SHA3-512", 72}));

    private HashlibModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_hashlib", interp);
        m.set("new", new BuiltinFunction("new", (a, k) -> {
            Object[] p = BinasciiModule.bind(a, k, "new", "name", "data", "usedforsecurity");
            HashObject h = make(Ops.str(p[0]));
            if (p[1] != null) {
                h.update(HashObject.data(p[1]));
            }
            return h;
        }));
        m.set("blake2b", new BuiltinFunction("blake2b", (a, k) -> {
            Object[] p = BinasciiModule.bind(withData(a, k), k, "blake2b", "data", "digest_size", "key", "salt",
                    "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
                    "usedforsecurity");
            long size = p[1] == null ? 64 : Ops.index(p[1]);
            if (size < 1 || size > 64) {
                throw Exceptions.valueError("digest_size must be between 1 and 64 bytes");
            }
            byte[] key = p[2] == null ? new byte[0] : HashObject.data(p[2]);
            byte[] salt = p[3] == null ? new byte[0] : HashObject.data(p[3]);
            byte[] person = p[4] == null ? new byte[0] : HashObject.data(p[4]);
            if (key.length > 64) {
                throw Exceptions.valueError("maximum key length is 64 bytes");
            }
            if (salt.length > 16) {
                throw Exceptions.valueError("maximum salt length is 16 bytes");
            }
            if (person.length > 16) {
                throw Exceptions.valueError("maximum person length is 16 bytes");
            }
            HashObject h = new HashObject("blake2b", new Blake2b((int) size, key, salt, person), Blake2b.BLOCK);
            if (p[0] != PyNone.NONE) {
                h.update(HashObject.data(p[0]));
            }
            return h;
        }));
        m.set("algorithms", new dev.tauraro.script.runtime.PyTuple(ALGORITHMS.keySet().stream().sorted().toArray()));
        m.set("pbkdf2_hmac", new BuiltinFunction("pbkdf2_hmac", (a, k) -> {
            Object[] p = BinasciiModule.bind(a, k, "pbkdf2_hmac", "hash_name", "password", "salt", "iterations",
                    "dklen");
            String name = Ops.str(p[0]);
            long iterations = Ops.index(p[3]);
            if (iterations < 1) {
                throw Exceptions.valueError("iteration value must be greater than 0.");
            }
            Object[] alg = ALGORITHMS.get(name.toLowerCase(java.util.Locale.ROOT));
            if (alg == null) {
                throw Exceptions.valueError("unsupported hash type " + name);
            }
            int hLen = make(name.toLowerCase(java.util.Locale.ROOT)).digest().length;
            long dklen = p[4] == null || p[4] == PyNone.NONE ? hLen : Ops.index(p[4]);
            if (dklen < 1) {
                throw Exceptions.valueError("key length must be greater than 0.");
            }
            String jdk = (String) alg[0];
            return new PyBytes(pbkdf2(jdk.startsWith("SHA3") ? jdk : jdk.replace("-", ""),
                    HashObject.data(p[1]), HashObject.data(p[2]), iterations, (int) dklen));
        }));
        return m;
    }

    /** blake2b's data is optional: a missing one becomes None so that bind finds its first argument. */
    private static Object[] withData(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (nk > 0 && java.util.Arrays.asList(k).contains("data")) {
            throw Exceptions.typeError("'data' is an invalid keyword argument for blake2b()");
        }
        if (a.length - nk > 0) {
            return a;
        }
        Object[] r = new Object[a.length + 1];
        r[0] = PyNone.NONE;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    static HashObject make(String name) {
        if (name.equalsIgnoreCase("blake2b")) {
            return new HashObject("blake2b", new Blake2b(64, new byte[0], new byte[0], new byte[0]), Blake2b.BLOCK);
        }
        Object[] alg = ALGORITHMS.get(name.toLowerCase(java.util.Locale.ROOT));
        if (alg == null) {
            throw Exceptions.valueError("unsupported hash type " + name);
        }
        try {
            return new HashObject(name.toLowerCase(java.util.Locale.ROOT), MessageDigest.getInstance((String) alg[0]), (Integer) alg[1]);
        } catch (NoSuchAlgorithmException e) {
            throw Exceptions.valueError("unsupported hash type " + name);
        }
    }

    /** RFC 8018 PBKDF2 with HMAC-{@code macName}. */
    static byte[] pbkdf2(String macName, byte[] password, byte[] salt, long iterations, int dklen) {
        try {
            Mac mac = Mac.getInstance("Hmac" + macName);
            // an empty key is a valid HMAC key, which SecretKeySpec refuses: HMAC pads keys with zeros anyway
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "RAW"));
            int hLen = mac.getMacLength();
            byte[] out = new byte[dklen];
            for (int block = 1, done = 0; done < dklen; block++) {
                mac.update(salt);
                mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                byte[] u = mac.doFinal();
                byte[] t = u.clone();
                for (long i = 1; i < iterations; i++) {
                    u = mac.doFinal(u);
                    for (int j = 0; j < hLen; j++) {
                        t[j] ^= u[j];
                    }
                }
                int n = Math.min(hLen, dklen - done);
                System.arraycopy(t, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw Exceptions.valueError("unsupported hash type " + macName);
        }
    }
}
