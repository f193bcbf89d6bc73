package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a multipart upload ({@link RequestOptions.Builder#files}).
 *
 * <p>Python equivalent: the {@code (filename, content, content_type)} tuples of httpx's
 * {@code files=} argument.
 *
 * <p>Differences from httpx: the content is bytes in memory (httpx also takes an open file and
 * streams it); httpx's fourth tuple member, per-part headers, is absent.
 *
 * @param filename the file name sent to the server, or null for none
 * @param content the bytes
 * @param contentType the part's Content-Type, or null for none
 */
public record FileUpload(String filename, byte[] content, String contentType) {
    public FileUpload {
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    /** A file with a name and {@code application/octet-stream} type. */
    public static FileUpload of(String filename, byte[] content) {
        return new FileUpload(filename, content, "application/octet-stream");
    }

    /** A UTF-8 text file with a name and a type. */
    public static FileUpload of(String filename, String text, String contentType) {
        return new FileUpload(filename, text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
