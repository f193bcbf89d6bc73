package dev.tauraro.script.runtime;

/** Methods of {@code str}. */
final class StrMethods {
    private StrMethods() {
    }

    /** A strip method's chars argument (None is handled by the caller). */
    private static String strArg(Object[] a, int i, String method) {
        Object v = a[i];
        if (!(v instanceof String s)) {
            throw Exceptions.typeError(method + " arg must be None or str");
        }
        return s;
    }

    /**
     * A str argument, else CPython's TypeError: {@code what} ("" or "replace() argument 1 ") then
     * "must be str, not T"; the messages naming the argument (argument clinic's) say None for None.
     */
    private static String mustBeStr(Object v, String what) {
        if (!(v instanceof String s)) {
            throw Exceptions.typeError(what + "must be str, not "
                    + (v == PyNone.NONE && !what.isEmpty() ? "None" : Ops.typeName(v)));
        }
        return s;
    }

    /** One method of {@code str}: the receiver, the name it was called by, the arguments and keyword names. */
    @FunctionalInterface
    interface Method {
        Object call(String s, String name, Object[] a, String[] k);
    }

    /**
     * The method called {@code name}, or null when str has none. Each is its own small Java method so
     * that the JIT compiles the ones a program uses on their own, and a call site resolves it once.
     */
    static Method method(String name) {
        return switch (name) {
            case "join" -> StrMethods::joinMethod;
            case "split", "rsplit" -> StrMethods::splitMethod;
            case "splitlines" -> StrMethods::splitlinesMethod;
            case "strip" -> StrMethods::stripMethod;
            case "lstrip" -> StrMethods::lstripMethod;
            case "rstrip" -> StrMethods::rstripMethod;
            case "upper" -> (s, n, a, k) -> CaseMapping.upper(s);
            case "lower" -> (s, n, a, k) -> CaseMapping.lower(s);
            case "casefold" -> (s, n, a, k) -> CaseMapping.casefold(s);
            case "swapcase" -> (s, n, a, k) -> CaseMapping.swapcase(s);
            case "title" -> (s, n, a, k) -> CaseMapping.title(s);
            case "capitalize" -> (s, n, a, k) -> CaseMapping.capitalize(s);
            case "replace" -> StrMethods::replaceMethod;
            case "startswith", "endswith" -> StrMethods::startswithMethod;
            case "find", "rfind", "index", "rindex" -> StrMethods::findMethod;
            case "count" -> StrMethods::countMethod;
            case "format" -> StrMethods::formatMethod;
            case "isdigit" -> (s, n, a, k) -> all(s, CharClasses::isDigit);
            case "isnumeric" -> (s, n, a, k) -> all(s, CharClasses::isNumeric);
            case "isdecimal" -> (s, n, a, k) -> all(s, CharClasses::isDecimal);
            case "isalpha" -> (s, n, a, k) -> all(s, CharClasses::isAlpha);
            case "isalnum" -> (s, n, a, k) -> all(s, CharClasses::isAlnum);
            case "isspace" -> StrMethods::isspaceMethod;
            case "isupper" -> (s, n, a, k) -> CharClasses.allCased(s, true);
            case "islower" -> (s, n, a, k) -> CharClasses.allCased(s, false);
            case "isidentifier" -> StrMethods::isidentifierMethod;
            case "center", "ljust", "rjust" -> StrMethods::centerMethod;
            case "zfill" -> StrMethods::zfillMethod;
            case "encode" -> StrMethods::encodeMethod;
            case "partition", "rpartition" -> StrMethods::partitionMethod;
            case "removeprefix" -> StrMethods::removeprefixMethod;
            case "removesuffix" -> StrMethods::removesuffixMethod;
            case "istitle" -> (s, n, a, k) -> CharClasses.isTitle(s);
            case "translate" -> StrMethods::translateMethod;
            case "maketrans" -> StrMethods::maketransMethod;
            case "isprintable" -> (s, n, a, k) -> s.isEmpty() || all(s, CharClasses::isPrintable);
            case "isascii" -> StrMethods::isasciiMethod;
            case "format_map" -> StrMethods::formatMapMethod;
            case "expandtabs" -> StrMethods::expandtabsMethod;
            default -> null;
        };
    }

    /**
     * The arguments with str and int subclass instances replaced by their values, as str's methods
     * take them; format and format_map take theirs as they are (a subclass's __format__, a dict
     * subclass's __missing__).
     */
    static Object[] plain(String name, Object[] a) {
        if (name.equals("format") || name.equals("format_map")) {
            return a;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof PyDerived) {
                a = a.clone();
                for (int j = i; j < a.length; j++) {
                    a[j] = PyDerived.unwrap(a[j]);
                }
                break;
            }
        }
        return a;
    }

    /**
     * {@link #method} that first checks the number of arguments as CPython does ({@link StrArity}).
     * For str receivers; bytes' methods borrow the unchecked ones and check in their own words.
     */
    static Method checked(String name) {
        Method m = method(name);
        StrArity rule = m == null ? null : StrArity.of(name);
        return rule == null ? m : rule.guard(m);
    }

    /** {@link #call} on a str receiver, its arguments checked first. */
    static Object callChecked(String s, String name, Object[] a, String[] k) {
        StrArity rule = StrArity.of(name);
        if (rule != null) {
            rule.check(name, a, k);
        }
        return call(s, name, a, k);
    }

    static Object call(String s, String name, Object[] a, String[] k) {
        Method m = method(name);
        if (m == null) {
            throw Exceptions.attributeError("'str' object has no attribute '" + name + "'");
        }
        return m.call(s, name, plain(name, a), k);
    }

    private static Object joinMethod(String s, String name, Object[] a, String[] k) {
        StringBuilder sb = new StringBuilder();
        PyIterator it = joinIter(a[0]);
        int i = 0;
        for (Object x = it.next(); x != null; x = it.next(), i++) {
            x = PyDerived.unwrap(x);
            if (!(x instanceof String xs)) {
                throw Exceptions.typeError("sequence item " + i + ": expected str instance, "
                        + Ops.typeName(x) + " found");
            }
            if (i > 0) {
                sb.append(s);
            }
            sb.append(xs);
        }
        return sb.toString();
    }

    private static Object splitMethod(String s, String name, Object[] a, String[] k) {
        Object sep = a.length > 0 ? a[0] : PyNone.NONE;
        long max = a.length > 1 ? Ops.toLong(a[1]) : -1;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                Object v = a[a.length - k.length + i];
                if (k[i].equals("sep")) {
                    sep = v;
                } else if (k[i].equals("maxsplit")) {
                    max = Ops.toLong(v);
                }
            }
            if (a.length - k.length == 0 && !java.util.Arrays.asList(k).contains("sep")) {
                sep = PyNone.NONE;
            }
        }
        return split(s, sep, max, name.equals("rsplit"));
    }

    private static Object splitlinesMethod(String s, String name, Object[] a, String[] k) {
        // keepends (positional or keyword); Python's line boundaries include \v \f \x1c-\x1e \x85 \u2028 \u2029
        Object keep = a.length > 0 ? a[0] : Boolean.FALSE;
        return splitlines(s, Ops.truthy(keep));
    }

    private static Object stripMethod(String s, String name, Object[] a, String[] k) {
        return a.length == 0 || a[0] == PyNone.NONE ? Whitespace.strip(s, true, true)
                : stripChars(s, strArg(a, 0, "strip"), true, true);
    }

    private static Object lstripMethod(String s, String name, Object[] a, String[] k) {
        return a.length == 0 || a[0] == PyNone.NONE ? Whitespace.strip(s, true, false)
                : stripChars(s, strArg(a, 0, "lstrip"), true, false);
    }

    private static Object rstripMethod(String s, String name, Object[] a, String[] k) {
        return a.length == 0 || a[0] == PyNone.NONE ? Whitespace.strip(s, false, true)
                : stripChars(s, strArg(a, 0, "rstrip"), false, true);
    }

    private static Object replaceMethod(String s, String name, Object[] a, String[] k) {
        String old = mustBeStr(a[0], "replace() argument 1 ");
        String nw = mustBeStr(a[1], "replace() argument 2 ");
        long count = a.length > 2 ? Ops.toLong(a[2]) : -1;
        if (old.isEmpty()) {
            return insertBetween(s, nw, count);
        }
        if (count < 0) {
            return s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long i = 0; i < count; i++) {
            int at = StrSearch.indexOf(s, old, from, s.length());
            if (at < 0) {
                break;
            }
            sb.append(s, from, at).append(nw);
            from = at + old.length();
        }
        return sb.append(s, from, s.length()).toString();
    }

    /** {@code s.replace('', nw, count)}: {@code nw} before each character and at the end, count times at most. */
    private static String insertBetween(String s, String nw, long count) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (long done = 0; (count < 0 || done < count) && i <= s.length(); done++) {
            sb.append(nw);
            if (i == s.length()) {
                return sb.toString();
            }
            int next = s.offsetByCodePoints(i, 1);
            sb.append(s, i, next);
            i = next;
        }
        return sb.append(s, i, s.length()).toString();
    }

    private static Object startswithMethod(String s, String name, Object[] a, String[] k) {
        Object p = a[0];
        boolean start = name.equals("startswith");
        int[] span = span(s, a);
        if (p instanceof PyTuple t) {
            for (Object x : t.items) {
                if (!(x instanceof String xs)) {
                    throw Exceptions.typeError("tuple for " + name + " must only contain str, not "
                            + Ops.typeName(x));
                }
                if (affix(s, xs, span, start)) {
                    return true;
                }
            }
            return false;
        }
        if (!(p instanceof String ps)) {
            throw Exceptions.typeError(name + " first arg must be str or a tuple of str, not "
                    + Ops.typeName(p));
        }
        return affix(s, ps, span, start);
    }

    private static Object findMethod(String s, String name, Object[] a, String[] k) {
        String sub = mustBeStr(a[0], "");
        int[] span = span(s, a);
        int i = name.charAt(0) == 'r' ? rfind(s, sub, span) : find(s, sub, span);
        if (i < 0 && name.endsWith("index")) {
            throw Exceptions.valueError("substring not found");
        }
        return index(s, i);
    }

    private static Object countMethod(String s, String name, Object[] a, String[] k) {
        String sub = mustBeStr(a[0], "");
        int[] span = span(s, a);
        if (span[1] - span[0] < sub.length()) {
            return 0L;
        }
        if (sub.isEmpty()) {
            return (long) s.codePointCount(span[0], span[1]) + 1;
        }
        long c = 0;
        for (int i = find(s, sub, span); i >= 0; i = find(s, sub, new int[] {i + sub.length(), span[1]})) {
            c++;
        }
        return c;
    }

    private static Object formatMethod(String s, String name, Object[] a, String[] k) {
        return StrFormat.format(s, a, k);
    }

    private static Object isspaceMethod(String s, String name, Object[] a, String[] k) {
        for (int i = 0; i < s.length(); i++) {
            if (!Whitespace.is(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** {@code isidentifier()}: '_' or an XID_Start character, then XID_Continue characters. */
    private static Object isidentifierMethod(String s, String name, Object[] a, String[] k) {
        return !s.isEmpty() && CharClasses.isIdentifierStart(s.codePointAt(0)) && all(s, CharClasses::isIdentifierPart);
    }

    /** Whether the string is not empty and every code point has the property. */
    private static boolean all(String s, java.util.function.IntPredicate property) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!property.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return !s.isEmpty();
    }

    private static Object centerMethod(String s, String name, Object[] a, String[] k) {
        int w = (int) Math.min(Integer.MAX_VALUE, Ops.toLong(a[0]));
        String fill = a.length > 1 ? fillChar(a[1]) : " ";
        int pad = w - CodePoints.length(s);
        if (pad <= 0) {
            return s;
        }
        if (name.equals("ljust")) {
            return s + fill.repeat(pad);
        }
        if (name.equals("rjust")) {
            return fill.repeat(pad) + s;
        }
        int left = pad / 2 + (pad & w & 1);
        return fill.repeat(left) + s + fill.repeat(pad - left);
    }

    private static Object zfillMethod(String s, String name, Object[] a, String[] k) {
        int w = (int) Math.min(Integer.MAX_VALUE, Ops.toLong(a[0]));
        int pad = w - CodePoints.length(s);
        if (pad <= 0) {
            return s;
        }
        boolean sign = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
        String body = sign ? s.substring(1) : s;
        return (sign ? s.substring(0, 1) : "") + "0".repeat(pad) + body;
    }

    private static Object encodeMethod(String s, String name, Object[] a, String[] k) {
        String[] enc = Codecs.arguments(a, k, "encode");
        return Codecs.encode(s, enc[0], enc[1]);
    }

    private static Object partitionMethod(String s, String name, Object[] a, String[] k) {
        String sep = mustBeStr(a[0], "");
        int i = name.equals("partition") ? StrSearch.indexOf(s, sep, 0, s.length())
                : StrSearch.lastIndexOf(s, sep, 0, s.length());
        if (i < 0) {
            return name.equals("partition") ? new PyTuple(new Object[] {s, "", ""})
                    : new PyTuple(new Object[] {"", "", s});
        }
        return new PyTuple(new Object[] {s.substring(0, i), sep, s.substring(i + sep.length())});
    }

    private static Object removeprefixMethod(String s, String name, Object[] a, String[] k) {
        String p = mustBeStr(a[0], name + "() argument ");
        return s.startsWith(p) ? s.substring(p.length()) : s;
    }

    private static Object removesuffixMethod(String s, String name, Object[] a, String[] k) {
        String p = mustBeStr(a[0], name + "() argument ");
        return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
    }

    private static Object translateMethod(String s, String name, Object[] a, String[] k) {
        return translate(s, a[0]);
    }

    private static Object maketransMethod(String s, String name, Object[] a, String[] k) {
        return maketrans(a);
    }

    private static Object isasciiMethod(String s, String name, Object[] a, String[] k) {
        return isAscii(s);
    }

    /** Whether every character is below 128 (CPython then iterates it with a str_ascii_iterator). */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Object formatMapMethod(String s, String name, Object[] a, String[] k) {
        return StrFormat.formatMap(s, a[0]);
    }

    private static Object expandtabsMethod(String s, String name, Object[] a, String[] k) {
        int size = a.length > 0 ? (int) Ops.toLong(a[0]) : 8;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                int spaces = size <= 0 ? 0 : size - col % size;
                sb.append(" ".repeat(spaces));
                col += spaces;
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    static PyDict maketrans(Object[] a) {
        PyDict table = new PyDict();
        if (a.length == 1) {
            ((PyDict) a[0]).forEach((key, v) -> table.put(key instanceof String s ? (Object) (long) s.codePointAt(0)
                    : key, v));
            return table;
        }
        String from = (String) a[0];
        String to = (String) a[1];
        if (from.length() != to.length()) {
            throw Exceptions.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length(); i++) {
            table.put((long) from.charAt(i), (long) to.charAt(i));
        }
        if (a.length > 2) {
            for (char c : ((String) a[2]).toCharArray()) {
                table.put((long) c, PyNone.NONE);
            }
        }
        return table;
    }

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            Object v;
            try {
                v = Ops.getItem(table, (long) c);
            } catch (PyException e) {
                if (!e.value.type().isSubclassOf(Exceptions.LOOKUP_ERROR)) {
                    throw e;
                }
                v = null;
            }
            if (v == null) {
                sb.appendCodePoint(c);
            } else if (v instanceof String t) {
                sb.append(t);
            } else if (v != PyNone.NONE) {
                sb.appendCodePoint((int) Ops.toLong(v));
            }
        });
        return sb.toString();
    }

    private static String stripChars(String s, String chars, boolean left, boolean right) {
        int b = 0;
        int e = s.length();
        while (left && b < e && chars.indexOf(s.codePointAt(b)) >= 0) {
            b += Character.charCount(s.codePointAt(b));
        }
        while (right && e > b && chars.indexOf(s.codePointBefore(e)) >= 0) {
            e -= Character.charCount(s.codePointBefore(e));
        }
        return s.substring(b, e);
    }

    private static PyList split(String s, Object sep, long max, boolean fromRight) {
        PyList r = new PyList();
        if (sep == PyNone.NONE) {
            // left to right the parts go straight into the result; right to left they are reversed after
            java.util.List<Object> parts = fromRight ? new java.util.ArrayList<>() : r;
            int n = s.length();
            if (!fromRight) {
                int i = 0;
                while (i < n) {
                    while (i < n && Whitespace.is(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && parts.size() >= max) {
                        parts.add(s.substring(i)); // the rest as it is: CPython skips only the whitespace before it
                        break;
                    }
                    int j = i;
                    while (j < n && !Whitespace.is(s.charAt(j))) {
                        j++;
                    }
                    parts.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int i = n;
                while (i > 0) {
                    while (i > 0 && Whitespace.is(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (max >= 0 && parts.size() >= max) {
                        parts.add(s.substring(0, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !Whitespace.is(s.charAt(j - 1))) {
                        j--;
                    }
                    parts.add(s.substring(j, i));
                    i = j;
                }
                // collected right to left: one reversal instead of an O(n) insert at the front per part
                java.util.Collections.reverse(parts);
                r.addAll(parts);
            }
            return r;
        }
        if (!(sep instanceof String sp)) {
            throw Exceptions.typeError("must be str or None, not " + Ops.typeName(sep));
        }
        if (sp.isEmpty()) {
            throw Exceptions.valueError("empty separator");
        }
        if (!fromRight) {
            int from = 0;
            while (max < 0 || r.size() < max) {
                int at = StrSearch.indexOf(s, sp, from, s.length());
                if (at < 0) {
                    break;
                }
                r.add(s.substring(from, at));
                from = at + sp.length();
            }
            r.add(s.substring(from));
        } else {
            int to = s.length();
            java.util.LinkedList<Object> parts = new java.util.LinkedList<>();
            while (max < 0 || parts.size() < max) {
                int at = StrSearch.lastIndexOf(s, sp, 0, to);
                if (at < 0) {
                    break;
                }
                parts.addFirst(s.substring(at + sp.length(), to));
                to = at;
            }
            parts.addFirst(s.substring(0, to));
            r.addAll(parts);
        }
        return r;
    }

    /** {@code str.splitlines}: at the line boundaries CPython's str has (\r\n counting once). */
    private static PyList splitlines(String s, boolean keepends) {
        PyList r = new PyList();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean boundary = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85
                    || c == 0x2028 || c == 0x2029;
            if (!boundary) {
                continue;
            }
            int end = i;
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i++;
            }
            r.add(s.substring(start, keepends ? i + 1 : end));
            start = i + 1;
        }
        if (start < n) {
            r.add(s.substring(start));
        }
        return r;
    }


    /**
     * The {@code [start, end)} of {@code s} that {@code find}-like methods search: arguments 1 and 2
     * (None or absent: the whole string), adjusted as slice indices (CPython's ADJUST_INDICES) in
     * code points, then turned into UTF-16 offsets. A start beyond the end stays beyond it by the
     * same amount, so an empty span stays empty.
     */
    private static int[] span(String s, Object[] a) {
        int len = CodePoints.length(s);
        int start = a.length > 1 && a[1] != PyNone.NONE ? (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, Ops.toLong(a[1]))) : 0;
        int end = a.length > 2 && a[2] != PyNone.NONE ? (int) Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, Ops.toLong(a[2]))) : len;
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (len == s.length()) {
            return new int[] {start, end};
        }
        int from = start > len ? (int) Math.min(Integer.MAX_VALUE, (long) s.length() + start - len)
                : CodePoints.offset(s, start);
        return new int[] {from, CodePoints.offset(s, end)};
    }

    /** The code point index of a UTF-16 offset {@code i} found in {@code s} (-1 stays -1). */
    private static long index(String s, int i) {
        return i < 0 || CodePoints.bmpOnly(s) ? i : CodePoints.index(s, i);
    }

    /** The fill argument of {@code center}/{@code ljust}/{@code rjust}: exactly one character. */
    private static String fillChar(Object fill) {
        if (!(PyDerived.unwrap(fill) instanceof String f)) {
            throw Exceptions.typeError("The fill character must be a unicode character, not " + Ops.typeName(fill));
        }
        if (f.isEmpty() || f.offsetByCodePoints(0, 1) != f.length()) {
            throw Exceptions.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    /** Whether {@code s[span]} starts ({@code atStart}) or ends with {@code affix}. */
    private static boolean affix(String s, String affix, int[] span, boolean atStart) {
        if (span[1] - span[0] < affix.length()) {
            return false;
        }
        return s.startsWith(affix, atStart ? span[0] : span[1] - affix.length());
    }

    /** The first index of {@code sub} wholly inside {@code span}, or -1. */
    private static int find(String s, String sub, int[] span) {
        if (span[1] - span[0] < sub.length()) {
            return -1;
        }
        return StrSearch.indexOf(s, sub, span[0], span[1]);
    }

    /** The last index of {@code sub} wholly inside {@code span}, or -1. */
    private static int rfind(String s, String sub, int[] span) {
        if (span[1] - span[0] < sub.length()) {
            return -1;
        }
        return StrSearch.lastIndexOf(s, sub, span[0], span[1]);
    }

    /** The items {@code str.join}/{@code bytes.join} take: any iterable, else CPython's message. */
    static PyIterator joinIter(Object items) {
        try {
            return Ops.iter(items);
        } catch (PyException e) {
            if (e.value.type() == Exceptions.TYPE_ERROR && Ops.getAttrOrNull(items, "__iter__") == null) {
                throw Exceptions.typeError("can only join an iterable");
            }
            throw e;
        }
    }
}
