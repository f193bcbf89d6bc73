package dev.tauraro.script.modules;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * The operating system's random bytes, for {@code os.urandom} and for seeding {@code random}, as
 * CPython takes them from {@code getrandom()} or {@code /dev/urandom}. Read from
 * {@code /dev/urandom} where it exists: a {@link SecureRandom}'s first use loads the JDK's security
 * providers (their classes, the {@code java.security} file, a reflective constructor), which was
 * a third of the CPU of {@code import random} at every start (profiled, Temurin 25, 2026-12-07).
 * Elsewhere, or when that device cannot be read, a {@link SecureRandom} made on first use.
 */
public final class Entropy {
    private static final String DEVICE = "/dev/urandom";

    private Entropy() {
    }

    private static final class Fallback {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** {@code n} random bytes. */
    public static byte[] bytes(int n) {
        byte[] b = new byte[n];
        try (InputStream in = new FileInputStream(DEVICE)) {
            if (in.readNBytes(b, 0, n) == n) {
                return b;
            }
        } catch (IOException | SecurityException e) {
            // no such device here: the JDK's generator below
        }
        Fallback.RANDOM.nextBytes(b);
        return b;
    }
}
