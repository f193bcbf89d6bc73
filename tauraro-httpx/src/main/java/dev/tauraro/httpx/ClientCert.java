package dev.tauraro.httpx;

import io.netty.handler.ssl.SslContextBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A client certificate for TLS client authentication: httpx's {@code cert=}, as PEM. The chain
 * and the private key may be one file or two; the key is PKCS#8 ({@code BEGIN PRIVATE KEY}, or
 * {@code BEGIN ENCRYPTED PRIVATE KEY} with its password).
 *
 * <p>The files are read and parsed when the option is set, so a wrong path or a bad key fails
 * there (as httpx fails when the client is made), not at the first https: request.
 */
final class ClientCert {
    private final byte[] chain;
    private final byte[] key;
    private final String password;

    private ClientCert(byte[] chain, byte[] key, String password) {
        this.chain = chain;
        this.key = key;
        this.password = password;
    }

    /**
     * @param keyFile null when {@code certFile} holds the key too
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when they hold no certificate or no usable key
     */
    static ClientCert of(Path certFile, Path keyFile, String password) {
        byte[] chain = read(certFile);
        byte[] key = keyFile == null ? chain : read(keyFile);
        ClientCert c = new ClientCert(chain, key, password);
        try {
            c.applyTo(SslContextBuilder.forClient());   // parses both now
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid client certificate " + certFile
                    + (keyFile == null ? "" : " / key " + keyFile) + ": " + e.getMessage(), e);
        }
        return c;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read client certificate file " + p, e);
        }
    }

    /** Presents this certificate when a server asks for one. */
    void applyTo(SslContextBuilder b) {
        b.keyManager(new ByteArrayInputStream(chain), new ByteArrayInputStream(key), password);
    }
}
