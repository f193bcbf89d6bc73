package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Span;
import dev.tauraro.script.runtime.PyBytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns string literal tokens into AST constants, splitting f-strings into literal parts and
 * replacement fields whose expressions are parsed by the grammar's {@code FieldExpr} rule.
 */
final class FStrings {
    private final SourceFile src;
    /** Parses the text of a replacement field; the int is the field's original offset. */
    private final BiFunction<String, Integer, Expr> fieldParser;

    FStrings(SourceFile src, BiFunction<String, Integer, Expr> fieldParser) {
        this.src = src;
        this.fieldParser = fieldParser;
    }

    /** A String, a PyBytes, or a List of f-string parts (Strings and Formatted). */
    Object literal(String token, int offset) {
        int q = 0;
        while (token.charAt(q) != '"' && token.charAt(q) != '\'') {
            q++;
        }
        String prefix = token.substring(0, q).toLowerCase(java.util.Locale.ROOT);
        int quoteLen = token.startsWith("\"\"\"", q) || token.startsWith("'''", q) ? 3 : 1;
        String body = token.substring(q + quoteLen, token.length() - quoteLen);
        boolean raw = prefix.contains("r");
        int bodyOffset = offset + q + quoteLen;
        if (prefix.contains("b")) {
            // CPython checks the source text: only escapes may produce bytes above 0x7f.
            if (!body.chars().allMatch(c -> c < 0x80)) {
                throw ScriptSyntaxError.at(src, offset, "bytes can only contain ASCII literal characters");
            }
            String s = raw ? body : Literals.unescape(body, true, src, bodyOffset);
            byte[] bytes = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                bytes[i] = (byte) s.charAt(i);
            }
            return new PyBytes(bytes);
        }
        if (!prefix.contains("f")) {
            return raw ? body : Literals.unescape(body, false, src, bodyOffset);
        }
        return fparts(body, raw, bodyOffset);
    }

    private List<Object> fparts(String body, boolean raw, int offset) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '{' && i + 1 < n && body.charAt(i + 1) == '{') {
                lit.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < n && body.charAt(i + 1) == '}') {
                lit.append('}');
                i += 2;
            } else if (c == '}') {
                throw ScriptSyntaxError.at(src, offset + i, "f-string: single '}' is not allowed");
            } else if (c == '{') {
                if (lit.length() > 0) {
                    parts.add(raw ? lit.toString() : Literals.unescape(lit.toString(), false, src, offset));
                    lit.setLength(0);
                }
                i = field(body, i + 1, raw, offset, parts);
            } else {
                lit.append(c);
                i++;
            }
        }
        if (lit.length() > 0) {
            parts.add(raw ? lit.toString() : Literals.unescape(lit.toString(), false, src, offset));
        }
        return parts;
    }

    /** Parses a replacement field starting after its '{'; returns the index after its '}'. */
    private int field(String body, int i, boolean raw, int offset, List<Object> parts) {
        int n = body.length();
        int depth = 0;
        int exprEnd = -1;
        char conversion = 0;
        int specStart = -1;
        int j = i;
        char quote = 0;
        for (; j < n; j++) {
            char c = body.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && c == '!' && j + 1 < n && body.charAt(j + 1) != '=') {
                exprEnd = j;
                conversion = body.charAt(j + 1);
                j += 2;
                if (j < n && body.charAt(j) == ':') {
                    specStart = j + 1;
                }
                break;
            } else if (depth == 0 && c == ':') {
                exprEnd = j;
                specStart = j + 1;
                break;
            } else if (depth == 0 && c == '}') {
                exprEnd = j;
                break;
            }
        }
        if (exprEnd < 0) {
            throw ScriptSyntaxError.at(src, offset + i - 1, "f-string: expecting '}'");
        }
        String exprText = body.substring(i, exprEnd);
        boolean selfDoc = false;
        String trimmed = exprText.stripTrailing();
        if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=")
                && !trimmed.endsWith("<=") && !trimmed.endsWith(">=")) {
            selfDoc = true;
            exprText = trimmed.substring(0, trimmed.length() - 1);
        }
        if (exprText.isBlank()) {
            throw ScriptSyntaxError.at(src, offset + i, "f-string: empty expression not allowed");
        }
        Expr value = fieldParser.apply(exprText, offset + i);
        Span span = value.span();
        Expr spec = null;
        int end;
        if (specStart >= 0) {
            int d = 0;
            int k = specStart;
            for (; k < n; k++) {
                char c = body.charAt(k);
                if (c == '{') {
                    d++;
                } else if (c == '}') {
                    if (d == 0) {
                        break;
                    }
                    d--;
                }
            }
            if (k >= n) {
                throw ScriptSyntaxError.at(src, offset + i - 1, "f-string: expecting '}'");
            }
            List<Object> specParts = fparts(body.substring(specStart, k), raw, offset + specStart);
            spec = join(specParts, span);
            end = k + 1;
        } else {
            int k = conversion != 0 ? j : exprEnd;
            if (k >= n || body.charAt(k) != '}') {
                throw ScriptSyntaxError.at(src, offset + i - 1, "f-string: expecting '}'");
            }
            end = k + 1;
        }
        if (selfDoc) {
            parts.add(body.substring(i, exprEnd));
            if (conversion == 0 && spec == null) {
                conversion = 'r';
            }
        }
        parts.add(new Expr.Formatted(value, conversion, spec, span));
        return end;
    }

    /** Concatenates adjacent literals into one constant or f-string expression. */
    @SuppressWarnings("unchecked")
    Expr join(List<Object> pieces, Span span) {
        boolean anyF = false;
        boolean anyBytes = false;
        for (Object p : pieces) {
            anyF |= p instanceof List || p instanceof Expr;
            anyBytes |= p instanceof PyBytes;
        }
        if (anyBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Object p : pieces) {
                if (!(p instanceof PyBytes b)) {
                    throw ScriptSyntaxError.at(src, span.start(), "cannot mix bytes and nonbytes literals");
                }
                out.writeBytes(b.bytes());
            }
            return new Expr.Const(new PyBytes(out.toByteArray()), span);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Object p : pieces) {
                sb.append((String) p);
            }
            return new Expr.Const(sb.toString(), span);
        }
        List<Expr> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (Object p : pieces) {
            List<Object> sub = p instanceof List ? (List<Object>) p : List.of(p);
            for (Object part : sub) {
                if (part instanceof String s) {
                    lit.append(s);
                } else {
                    if (lit.length() > 0) {
                        parts.add(new Expr.Const(lit.toString(), span));
                        lit.setLength(0);
                    }
                    parts.add((Expr) part);
                }
            }
        }
        if (lit.length() > 0) {
            parts.add(new Expr.Const(lit.toString(), span));
        }
        return new Expr.FString(parts, span);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
