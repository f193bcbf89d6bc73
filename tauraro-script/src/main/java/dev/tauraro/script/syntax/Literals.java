package dev.tauraro.script.syntax;

import java.math.BigInteger;

/** Decoding of number and string literal text. */
final class Literals {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Literals() {
    }

    /** A Long (or BigInteger when large) for integer text, a Double for float text. */
    static Object number(String text, SourceFile src, int offset) {
        String t = text.replace("_", "");
        if (t.endsWith("j") || t.endsWith("J")) {
            // an imaginary literal: 2j, 1.5e3J (decimal digits only, leading zeros allowed)
            return new dev.tauraro.script.runtime.PyComplex(0, Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0' && Character.isLetter(t.charAt(1))) {
            int radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return normalize(new BigInteger(t.substring(2), radix));
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        if (t.length() > 1 && t.charAt(0) == '0' && !t.chars().allMatch(c -> c == '0')) {
            throw ScriptSyntaxError.at(src, offset, "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers");
        }
        if (t.length() < 19) {
            return Long.parseLong(t);
        }
        if (t.length() > dev.tauraro.script.runtime.IntDigits.THRESHOLD && t.charAt(0) != '0') {
            // the int/str digit limit holds for decimal literals too (not for 0 written with many zeros)
            int limit = dev.tauraro.script.runtime.IntDigits.limit();
            if (limit > 0 && t.length() > limit) {
                throw ScriptSyntaxError.at(src, offset, dev.tauraro.script.runtime.IntDigits.parseMessage(limit,
                        t.length()) + " - Consider hexadecimal for huge integer literals to avoid decimal conversion "
                        + "limits.");
            }
        }
        return normalize(new BigInteger(t));
    }

    static Object normalize(BigInteger b) {
        if (b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0) {
            return b.longValue();
        }
        return b;
    }

    /**
     * Processes backslash escapes as Python does for a non-raw literal body.
     *
     * @param offset where the body starts in {@code src}, for errors
     * @throws ScriptSyntaxError for a malformed escape, with CPython's message
     */
    static String unescape(String s, boolean bytes, SourceFile src, int offset) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x' -> {
                    int digits = hexDigits(s, i + 1, 2);
                    if (digits < 2) {
                        throw bytes
                                ? ScriptSyntaxError.at(src, offset, "(value error) invalid \\x escape at position " + (i - 1))
                                : badEscape(src, offset, i - 1, i + digits, "truncated \\xXX escape");
                    }
                    sb.append((char) Integer.parseInt(s, i + 1, i + 3, 16));
                    i += 2;
                }
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (bytes || i + 1 >= n || s.charAt(i + 1) != '{' || close < 0) {
                        sb.append('\\').append(e);
                        break;
                    }
                    int cp;
                    try {
                        cp = Character.codePointOf(s.substring(i + 2, close));
                    } catch (IllegalArgumentException unknown) {
                        throw badEscape(src, offset, i - 1, close, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                case 'u', 'U' -> {
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    int len = e == 'u' ? 4 : 8;
                    int digits = hexDigits(s, i + 1, len);
                    if (digits < len) {
                        throw badEscape(src, offset, i - 1, i + digits,
                                e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                    }
                    long cp = Long.parseLong(s, i + 1, i + 1 + len, 16);
                    if (cp > Character.MAX_CODE_POINT) {
                        throw badEscape(src, offset, i - 1, i + len, "illegal Unicode character");
                    }
                    sb.appendCodePoint((int) cp);
                    i += len;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i;
                        int v = 0;
                        while (j < n && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7') {
                            v = v * 8 + (s.charAt(j) - '0');
                            j++;
                        }
                        sb.append((char) v);
                        i = j - 1;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** How many hex digits (at most {@code max}) stand at {@code from}. */
    private static int hexDigits(String s, int from, int max) {
        int k = 0;
        while (k < max && from + k < s.length() && Character.digit(s.charAt(from + k), 16) >= 0
                && s.charAt(from + k) < 0x80) {
            k++;
        }
        return k;
    }

    private static ScriptSyntaxError badEscape(SourceFile src, int offset, int from, int to, String what) {
        return ScriptSyntaxError.at(src, offset, "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + from + "-" + to + ": " + what);
    }
}
