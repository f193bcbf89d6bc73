package dev.tauraro.script.runtime;

/**
 * {@code str.format} and {@code str.format_map}, read the way CPython reads a format string
 * (Objects/stringlib/unicode_format.h): literal text with doubled braces, replacement fields
 * {@code {name!conversion:spec}} whose spec may hold fields of its own (two levels deep), one
 * automatic numbering shared by a field and the fields of its spec, names followed by
 * {@code .attribute} and {@code [key]} parts, and CPython's ValueError for each malformed string,
 * raised where CPython finds it (so lookups before the fault happen first).
 */
final class StrFormat {
    private static final int INIT = 0;
    private static final int AUTO = 1;
    private static final int MANUAL = 2;

    /** The positional arguments, or null for {@code format_map}, which has none. */
    private final Object[] args;
    private final int npos;
    /** The keyword arguments' names (their values follow the positional ones in {@link #args}). */
    private final String[] kwnames;
    /** {@code format_map}'s mapping, looked up with {@code mapping[name]}; null for {@code format}. */
    private final Object mapping;
    private int numbering = INIT;
    private long nextAuto;

    private StrFormat(Object[] args, String[] kwnames, Object mapping) {
        this.args = args;
        this.kwnames = kwnames == null ? new String[0] : kwnames;
        this.npos = args == null ? 0 : args.length - this.kwnames.length;
        this.mapping = mapping;
    }

    /** {@code fmt.format(*args, **kw)}: keyword values at the end of {@code args}, named by {@code kwnames}. */
    static String format(String fmt, Object[] args, String[] kwnames) {
        return new StrFormat(args, kwnames, null).build(fmt, 2);
    }

    /** {@code fmt.format_map(mapping)}. */
    static String formatMap(String fmt, Object mapping) {
        return new StrFormat(null, null, mapping).build(fmt, 2);
    }

    private static PyException error(String message) {
        return Exceptions.valueError(message);
    }

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw error("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            // literal text up to a brace; a doubled brace is literal text ending with one brace
            int start = i;
            char c = 0;
            boolean field = false;
            while (i < n) {
                c = s.charAt(i++);
                if (c == '{' || c == '}') {
                    field = true;
                    break;
                }
            }
            int end = i;
            if (field) {
                if (i < n && s.charAt(i) == c) {
                    i++;
                    field = false;
                } else if (c == '}') {
                    throw error("Single '}' encountered in format string");
                } else if (i >= n) {
                    throw error("Single '{' encountered in format string");
                } else {
                    end--;
                }
            }
            out.append(s, start, end);
            if (field) {
                i = field(s, i, out, depth);
            }
        }
        return out.toString();
    }

    /** Parses the field starting after its '{' at {@code i}, writes its text; returns the index after its '}'. */
    private int field(String s, int i, StringBuilder out, int depth) {
        int n = s.length();
        int nameStart = i;
        char c = 0;
        while (i < n) {
            c = s.charAt(i++);
            if (c == '{') {
                throw error("unexpected '{' in field name");
            } else if (c == '[') {
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = s.substring(nameStart, Math.max(nameStart, i - 1));
        int conversion = 0;
        String spec = "";
        boolean nested = false;
        if (c == '!' || c == ':') {
            boolean specFollows = true;
            if (c == '!') {
                if (i >= n) {
                    throw error("end of string while looking for conversion specifier");
                }
                conversion = s.codePointAt(i);
                i += Character.charCount(conversion);
                if (i < n) {
                    char after = s.charAt(i++);
                    if (after == '}') {
                        specFollows = false;
                    } else if (after != ':') {
                        throw error("expected ':' after conversion specifier");
                    }
                }
            }
            if (specFollows) {
                int specStart = i;
                int open = 1;
                while (true) {
                    if (i >= n) {
                        throw error("unmatched '{' in format spec");
                    }
                    char d = s.charAt(i++);
                    if (d == '{') {
                        nested = true;
                        open++;
                    } else if (d == '}' && --open == 0) {
                        break;
                    }
                }
                spec = s.substring(specStart, i - 1);
            }
        } else if (c != '}') {
            throw error("expected '}' before end of string");
        }
        Object value = value(name);
        if (conversion != 0) {
            value = convert(value, conversion);
        }
        if (nested) {
            spec = build(spec, depth - 1);
        }
        out.append(Format.format(value, spec));
        return i;
    }

    private static Object convert(Object value, int conversion) {
        return switch (conversion) {
            case 'r' -> Ops.repr(value);
            case 's' -> Ops.str(value);
            case 'a' -> Ops.ascii(value);
            default -> throw error("Unknown conversion specifier " + (conversion > 32 && conversion < 127
                    ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
        };
    }

    /** The object a field name designates: an argument, then its {@code .attribute} and {@code [key]} parts. */
    private Object value(String name) {
        int len = name.length();
        int p = 0;
        while (p < len && name.charAt(p) != '.' && name.charAt(p) != '[') {
            p++;
        }
        String first = name.substring(0, p);
        long index = integer(first);
        boolean automatic = first.isEmpty();
        if (automatic || index >= 0) {
            if (numbering == INIT) {
                numbering = automatic ? AUTO : MANUAL;
            }
            if (numbering == MANUAL && automatic) {
                throw error("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering == AUTO && !automatic) {
                throw error("cannot switch from automatic field numbering to manual field specification");
            }
            if (automatic) {
                index = nextAuto++;
            }
        }
        Object obj;
        if (index < 0) {
            obj = keyword(first);
        } else if (args == null) {
            throw error("Format string contains positional fields");
        } else if (index >= npos) {
            throw Exceptions.indexError("Replacement index " + index + " out of range for positional args tuple");
        } else {
            obj = args[(int) index];
        }
        while (p < len) {
            char c = name.charAt(p++);
            if (c == '.') {
                int q = p;
                while (q < len && name.charAt(q) != '.' && name.charAt(q) != '[') {
                    q++;
                }
                String attribute = name.substring(p, q);
                p = q;
                if (attribute.isEmpty()) {
                    throw error("Empty attribute in format string");
                }
                obj = Ops.getAttr(obj, attribute);
            } else if (c == '[') {
                int q = name.indexOf(']', p);
                if (q < 0) {
                    throw error("Missing ']' in format string");
                }
                String key = name.substring(p, q);
                p = q + 1;
                long k = integer(key);
                if (key.isEmpty()) {
                    throw error("Empty attribute in format string");
                }
                obj = Ops.getItem(obj, k >= 0 ? (Object) k : key);
            } else {
                throw error("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object keyword(String name) {
        if (mapping != null) {
            return Ops.getItem(mapping, name);
        }
        for (int q = 0; q < kwnames.length; q++) {
            if (kwnames[q].equals(name)) {
                return args[npos + q];
            }
        }
        throw Exceptions.keyError(name);
    }

    /** The value of a name made only of decimal digits (any script's), else -1. */
    private static long integer(String s) {
        int end = Format.decimalsEnd(s, 0);
        long value = Format.decimalValue(s, 0, end); // too many digits fail even before a non-digit, as CPython
        return s.isEmpty() || end < s.length() ? -1 : value;
    }
}
