package dev.tauraro.httpx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Request body encodings: JSON, form ({@code data=}) and multipart ({@code files=}), as httpx 0.28 writes them. */
final class Bodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Bodies() {
    }

    /**
     * A request with the body {@code options} give: its content or stream, else JSON, else
     * multipart when there are files (form fields first), else the form; each encoding adds its
     * {@code Content-Type} unless {@code headers} has one, as httpx; {@code timeout} is the
     * request's (null: the client's).
     */
    static Request request(String method, URL url, Headers headers, RequestOptions options, Timeout timeout) {
        Headers h = headers;
        byte[] body = Request.NO_BODY;
        if (options.content != null) {
            body = options.content;
        } else if (options.hasJson) {
            body = json(options.json);
            h = h.contains("Content-Type") ? h : h.set("Content-Type", "application/json");
        } else if (options.files != null) {
            String boundary = boundary();
            body = multipart(boundary, options.data == null ? List.of() : options.data, options.files);
            h = h.contains("Content-Type") ? h : h.set("Content-Type", "multipart/form-data; boundary=" + boundary);
        } else if (options.data != null) {
            body = form(options.data);
            h = h.contains("Content-Type") ? h : h.set("Content-Type", "application/x-www-form-urlencoded");
        }
        Request r = new Request(method, url, h, body, timeout);
        return options.stream != null ? r.withStream(options.stream) : r;
    }

    /** Compact JSON in UTF-8 ({@code {"a":1}}), as httpx 0.28. */
    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code application/x-www-form-urlencoded} bytes of the fields. */
    static byte[] form(List<Map.Entry<String, String>> fields) {
        return Params.encode(fields).getBytes(StandardCharsets.US_ASCII);
    }

    /** A fresh multipart boundary: 32 random hex digits, as httpx. */
    static String boundary() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** {@code multipart/form-data} bytes: the form fields first, then the files, as httpx orders them. */
    static byte[] multipart(String boundary, List<Map.Entry<String, String>> fields, Map<String, FileUpload> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields) {
            part(out, boundary, "Content-Disposition: form-data; name=\"" + quote(f.getKey()) + "\"\r\n",
                    f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, FileUpload> f : files.entrySet()) {
            FileUpload u = f.getValue();
            StringBuilder head = new StringBuilder("Content-Disposition: form-data; name=\"").append(quote(f.getKey()))
                    .append('"');
            if (u.filename() != null) {
                head.append("; filename=\"").append(quote(u.filename())).append('"');
            }
            head.append("\r\n");
            if (u.contentType() != null) {
                head.append("Content-Type: ").append(u.contentType()).append("\r\n");
            }
            part(out, boundary, head.toString(), u.content());
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String boundary, String head, byte[] body) {
        out.writeBytes(("--" + boundary + "\r\n" + head + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** httpx's escaping of a name in a Content-Disposition header. */
    private static String quote(String name) {
        return name.replace("\"", "%22").replace("\\", "\\\\").replace("\r", "%0D").replace("\n", "%0A");
    }
}
