package dev.tauraro.script.modules.text;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled Python regular expression: the translated {@link Pattern} plus what Python's pattern
 * object knows (groups, names, flags). {@code lib/re.py} wraps it in {@code re.Pattern}; the
 * loops that matter for speed ({@code findall}, {@code sub}, {@code split}) run here.
 *
 * <p>Positions given and returned are Python's (code points); a subject with characters beyond
 * U+FFFF is converted at the edges. A bytes subject is matched as its Latin-1 decoding, one char
 * per byte.
 *
 * <p>Empty matches follow Python 3.7+: after an empty match at i, the next match may start at i
 * only if it is not empty. Java's {@code find()} would instead start searching at i + 1, so that
 * one search uses {@link #guard}, the pattern followed by {@code (?!\G)}: with the search region
 * starting at i, {@code \G} is i, which refuses exactly a match ending at i.
 */
final class Regex implements NativeValue {
    static final PyClass TYPE = PyClass.builtin("Regex", "_re", null, Map.of());

    final String source;
    final Object pattern; // str or bytes, as given
    final boolean bytes;
    final int flags;
    final int groups;
    final Map<String, Integer> names;
    final int[] parents;
    /** Groups Java may report set that Python reports unset (see {@link PatternTranslator#unsetGroups}). */
    private final java.util.BitSet unsetGroups;
    final Pattern main;
    /** What a match starts with, from {@link PatternTranslator#startKind}, and the character for START_CHAR. */
    private final int start;
    private final int startChar;
    /** The literal text a match starts with, when longer than startChar alone (else null). */
    private final String startText;
    /** A literal every match contains, starting requiredMin to requiredMax chars in (see {@link PatternTranslator#required}); null if none. */
    private final String required;
    private final int requiredMin;
    private final int requiredMax;
    private final boolean byRequired;
    /** The ASCII characters a match can start with and [128] for any other, null when unknown (see {@link PatternTranslator#first}). */
    private final boolean[] first;
    private volatile Pattern guard;
    /** For {@code .*c...}: the pattern after {@code .*} and its first character c (see {@link PatternTranslator#restChar}); null if none. */
    private final Pattern rest;
    private final int restChar;
    final PyClass error;
    private final Map<String, ReTemplate> templates = new ConcurrentHashMap<>();

    Regex(Object pattern, String source, boolean bytes, PatternTranslator t, PyClass error) {
        this.pattern = pattern;
        this.source = source;
        this.bytes = bytes;
        this.flags = t.flags;
        this.groups = t.groups;
        this.names = t.names;
        this.parents = t.parents.stream().mapToInt(Integer::intValue).toArray();
        this.unsetGroups = t.unsetGroups;
        this.error = error;
        this.start = t.startKind;
        this.startChar = t.startChar;
        this.startText = t.startText.length() > 1 ? t.startText : null;
        this.required = t.required.isEmpty() ? null : t.required;
        if (t.first != null) {
            first = new boolean[PatternTranslator.FIRST_NON_ASCII + 1];
            t.first.stream().forEach(c -> first[c] = true);
        } else {
            first = null;
        }
        this.requiredMin = (int) Math.min(t.requiredMin, Integer.MAX_VALUE);
        this.requiredMax = (int) Math.min(t.requiredMax, Integer.MAX_VALUE);
        // the literal names the places to try when bounded, and when more than a known start does
        this.byRequired = required != null && requiredMax < Integer.MAX_VALUE && (start != PatternTranslator.START_CHAR
                || required.length() > (startText != null ? startText.length() : 1));
        int jf = 0;
        if ((flags & PatternTranslator.IGNORECASE) != 0) {
            jf |= Pattern.CASE_INSENSITIVE;
            if (!bytes && (flags & PatternTranslator.ASCII) == 0) {
                jf |= Pattern.UNICODE_CASE;
            }
        }
        this.main = Pattern.compile(t.javaPattern(), jf);
        this.rest = t.restStart >= 0 ? Pattern.compile(t.javaPattern().substring(t.restStart), jf) : null;
        this.restChar = t.restChar;
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "groups" -> (long) groups;
            case "flags" -> (long) flags;
            case "groupindex" -> {
                PyDict d = new PyDict();
                names.forEach((k, v) -> d.put(k, (long) v));
                yield d;
            }
            default -> null;
        };
    }

    private Pattern guard() {
        Pattern g = guard;
        if (g == null) {
            g = Pattern.compile("(?:" + main.pattern() + ")(?!\\G)", main.flags());
            guard = g;
        }
        return g;
    }

    /** A subject string as Java text, with Python index conversion when it holds non-BMP characters. */
    final class Subject {
        final Object original;
        final String text;
        final boolean bmp;
        final int length; // in code points

        Subject(Object value) {
            Object v = PyDerived.unwrap(value);
            original = value;
            if (v instanceof String s) {
                if (bytes) {
                    throw Exceptions.typeError("cannot use a bytes pattern on a string-like object");
                }
                text = s;
            } else if (dev.tauraro.script.runtime.Buffers.isBytesLike(v)) {
                if (!bytes) {
                    throw Exceptions.typeError("cannot use a string pattern on a bytes-like object");
                }
                text = new String(dev.tauraro.script.runtime.Buffers.bytes(v), StandardCharsets.ISO_8859_1);
            } else {
                throw Exceptions.typeError("expected string or bytes-like object, got '" + Ops.typeName(value) + "'");
            }
            length = bytes ? text.length() : dev.tauraro.script.runtime.CodePoints.length(text);
            bmp = length == text.length();
        }

        int offset(int index) {
            return bmp ? index : text.offsetByCodePoints(0, index);
        }

        long index(int offset) {
            return bmp ? offset : text.codePointCount(0, offset);
        }

        Object slice(int from, int to) {
            String s = text.substring(from, to);
            return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : s;
        }

        Object wrap(String s) {
            return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : s;
        }

        /** A matcher over [pos, endpos) with Python's bounds: look-arounds see outside, ^ and \A do not move. */
        Matcher matcher(Pattern p, int endOffset) {
            // the text cut at endpos, as Python sees it there ($ matches, look-aheads stop), without
            // copying it: p.search(s, i, i + 10) in a loop over a long s was quadratic
            CharSequence input = endOffset == text.length() ? text : new Prefix(text, endOffset);
            Matcher m = p.matcher(input);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            return m;
        }

        /** Where group {@code g} of {@code m} starts as Python sees it, -1 when unset. */
        int start(Matcher m, int g) {
            return Regex.this.start(m, g);
        }

        Object group(Matcher m, int g) {
            int s = start(m, g);
            return s < 0 ? PyNone.NONE : slice(s, m.end(g));
        }
    }

    /** Where group {@code g} of the current match starts, -1 when Python sees it unset. */
    int start(Matcher m, int g) {
        return unsetGroups.get(g) ? -1 : m.start(g);
    }

    /**
     * {@code lastindex} of the current match of {@code m}, 0 for None: the group closed last, i.e.
     * ending furthest; on a tie an enclosing group closes after the groups inside it, and a later
     * sibling after an earlier one.
     */
    int lastIndex(Matcher m) {
        int lastEnd = -1;
        int last = 0;
        for (int g = 1; g <= groups; g++) {
            if (start(m, g) >= 0) {
                int e = m.end(g);
                if (e > lastEnd || (e == lastEnd && !inside(g, last))) {
                    lastEnd = e;
                    last = g;
                }
            }
        }
        return last;
    }

    private boolean inside(int g, int outer) {
        for (int p = parents[g]; p != 0; p = parents[p]) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    /** Clamps Python {@code pos}/{@code endpos} as {@code _sre} does; null when nothing can match. */
    private static int[] bounds(Subject s, long pos, long endpos) {
        long start = Math.max(0, Math.min(pos, s.length));
        long end = Math.max(0, Math.min(endpos, s.length));
        if (end < start) {
            return null;
        }
        return new int[] {s.offset((int) start), s.offset((int) end)};
    }

    /** mode 0: match at pos; 1: fullmatch; 2: search. A Match of {@code pattern} (the re.Pattern), or None. */
    Object match(Object pattern, Object string, long pos, long endpos, int mode) {
        Subject s = new Subject(string);
        int[] b = bounds(s, pos, endpos);
        if (b == null) {
            return PyNone.NONE;
        }
        if (absent(s, b[0], b[1], mode != 2)) { // fnmatch's match of '*.py' over names without '.py' ends here
            return PyNone.NONE;
        }
        if (rest != null && mode != 1 && s.bmp) {
            return matchRest(pattern, s, b[0], b[1], mode == 2, pos, endpos);
        }
        Matcher m = s.matcher(main, b[1]);
        m.region(b[0], b[1]);
        boolean found = switch (mode) {
            case 0 -> m.lookingAt();
            case 1 -> m.matches();
            default -> search(m, s, b[0], b[1]);
        };
        return found ? new ReMatch(this, pattern, s, m, pos, endpos) : PyNone.NONE;
    }

    /**
     * {@link #match} for a pattern {@code .*c...}: Java's {@code .*} takes the line and gives it
     * back a character at a time, trying the rest at each place; only the places holding c can
     * begin the rest, so they are tried, last first, as Java would reach them, with the rest
     * alone (no group lies in {@code .*}, so the groups are numbered alike). A search that fails
     * at a line's first place fails at its others too ({@code .*} reaches from there whatever
     * they reach), so it goes on at the next line.
     */
    private Object matchRest(Object pattern, Subject s, int from, int end, boolean search, long pos, long endpos) {
        String text = s.text;
        Matcher m = null;
        for (int at = from; at < end; ) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            for (int k = text.lastIndexOf(restChar, lineEnd - 1); k >= at; k = text.lastIndexOf(restChar, k - 1)) {
                if (m == null) {
                    m = s.matcher(rest, end);
                }
                m.region(k, end);
                if (m.lookingAt()) {
                    return new ReMatch(this, pattern, s, m, at, pos, endpos);
                }
            }
            if (!search) {
                break;
            }
            at = lineEnd + 1;
        }
        return PyNone.NONE;
    }

    /**
     * {@code m.find()} over [from, end), trying only the places a match can start when the
     * pattern says where that is: Java's own search tries the whole pattern at every position,
     * while {@link String#indexOf(int, int)} skips to the next candidate many times faster.
     */
    private boolean search(Matcher m, Subject s, int from, int end) {
        String text = s.text;
        if (byRequired && s.bmp) {
            return searchRequired(m, text, from, end);
        }
        if (start == PatternTranslator.START_ANY && first == null) {
            m.region(from, end);
            return m.find();
        }
        if (start == PatternTranslator.START_ANY) {
            for (int at = from, tried = 0; ; at++) {
                while (at < end && !startsMatch(text.charAt(at))) {
                    at++;
                }
                if (at >= end) {
                    return false; // a match has a first character
                }
                m.region(at, end);
                if (dense(++tried, at - from)) {
                    return m.find();
                }
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        int at = from;
        for (int tried = 0; ; tried++) {
            at = switch (start) {
                case PatternTranslator.START_CHAR -> {
                    int c = startText != null ? text.indexOf(startText, at) : text.indexOf(startChar, at);
                    yield c < end ? c : -1;
                }
                case PatternTranslator.START_LINE -> {
                    if (at == 0 || text.charAt(at - 1) == '\n') {
                        yield at;
                    }
                    int nl = text.indexOf('\n', at);
                    yield nl < 0 ? -1 : nl + 1;
                }
                default -> at == 0 ? 0 : -1;
            };
            if (at < 0 || at > end) {
                return false;
            }
            m.region(at, end);
            if (start == PatternTranslator.START_CHAR && dense(tried + 1, at - from)) {
                return m.find();
            }
            if (m.lookingAt()) {
                return true;
            }
            if (start == PatternTranslator.START_TEXT || at == end) {
                return false;
            }
            at++;
        }
    }

    /**
     * Whether the candidates a search has met are so close together ({@code tried} of them in
     * {@code scanned} chars) that Java's own find, which tries every position from the current
     * candidate on, costs less than a region reset per candidate ({@code Python|Perl} over a text of
     * P's): a candidate costs several times a char scanned by find, and a skipped char much less.
     */
    private static boolean dense(int tried, int scanned) {
        return tried > 8 && scanned < tried * 4;
    }

    /**
     * Whether the text between {@code from} and {@code end} (Java offsets) cannot hold a match
     * because the literal every match contains is not there: decided by one indexOf, before any
     * Matcher is made; {@code anchored}: the match starts at {@code from}, so the literal must
     * begin no further than {@link #requiredMax} from there. Positions count chars, so only a text
     * without surrogate pairs is judged.
     */
    private boolean absent(Subject s, int from, int end, boolean anchored) {
        if (required == null || !s.bmp) {
            return false;
        }
        int at = s.text.indexOf(required, from + requiredMin);
        return at < 0 || at + required.length() > end || anchored && at > (long) from + requiredMax;
    }

    /**
     * {@link #search} by the required literal: a match starting at i holds it at i + requiredMin
     * to i + requiredMax, so each occurrence names the few places worth trying, tried in order
     * (leftmost first, each once) and only where the start kind allows a match to begin.
     */
    private boolean searchRequired(Matcher m, String text, int from, int end) {
        int length = required.length();
        int next = from; // the first place not tried yet
        int found = text.indexOf(required, from + requiredMin);
        while (found >= 0 && found + length <= end) {
            int last = found - requiredMin;
            for (int at = Math.max(next, found - requiredMax); at <= last; at++) {
                if (mayStart(text, at)) {
                    m.region(at, end);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            next = Math.max(next, last + 1);
            found = text.indexOf(required, found + 1);
        }
        return false;
    }

    /** Whether a match may begin at {@code at} as the pattern's start kind sees it. */
    private boolean mayStart(String text, int at) {
        return switch (start) {
            case PatternTranslator.START_CHAR -> startText != null ? text.startsWith(startText, at)
                    : at < text.length() && text.codePointAt(at) == startChar;
            case PatternTranslator.START_LINE -> at == 0 || text.charAt(at - 1) == '\n';
            case PatternTranslator.START_TEXT -> at == 0;
            default -> first == null || (at < text.length() && startsMatch(text.charAt(at)));
        };
    }

    private boolean startsMatch(char c) {
        return first[Math.min(c, PatternTranslator.FIRST_NON_ASCII)];
    }

    /** Successive matches with Python's empty-match rule (see the class comment). */
    final class Scan {
        final Subject s;
        private final int end;
        private int pos;
        private boolean lastEmpty;
        private boolean done;
        private final Matcher mainMatcher;
        private Matcher guardMatcher;
        Matcher current;

        Scan(Subject s, long pos, long endpos) {
            this.s = s;
            int[] b = bounds(s, pos, endpos);
            if (b == null) {
                done = true;
                end = 0;
                mainMatcher = null;
            } else {
                this.pos = b[0];
                end = b[1];
                done = absent(s, b[0], b[1], false);
                mainMatcher = done ? null : s.matcher(main, end);
            }
        }

        boolean next() {
            if (done) {
                return false;
            }
            Matcher m;
            boolean found;
            if (lastEmpty) {
                if (guardMatcher == null) {
                    guardMatcher = s.matcher(guard(), end);
                }
                m = guardMatcher;
                m.region(pos, end);
                found = m.find();
            } else {
                m = mainMatcher;
                found = search(m, s, pos, end);
            }
            while (found && !s.bmp && insidePair(s.text, m.start())) {
                // Java's find tries every char index, Python's positions are code points: a match
                // (an empty one after an empty one, say) cannot begin between a surrogate pair's halves
                int from = m.start() + 1;
                m = mainMatcher;
                found = search(m, s, from, end);
            }
            if (!found) {
                done = true;
                return false;
            }
            lastEmpty = m.end() == m.start();
            pos = m.end();
            current = m;
            return true;
        }
    }

    /** Whether char index {@code i} of {@code text} falls between the two halves of a surrogate pair. */
    private static boolean insidePair(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** {@code finditer}: an iterator of the Matches of {@code pattern} (the re.Pattern). */
    PyIterator finditer(Object pattern, Object string, long pos, long endpos) {
        Scan scan = new Scan(new Subject(string), pos, endpos);
        return new PyIterator() {
            @Override
            public Object next() {
                return scan.next() ? new ReMatch(Regex.this, pattern, scan.s, scan.current, pos, endpos) : null;
            }
        };
    }

    PyList findall(Object string, long pos, long endpos) {
        Scan scan = new Scan(new Subject(string), pos, endpos);
        PyList out = new PyList();
        Object empty = bytes ? new PyBytes(new byte[0]) : "";
        while (scan.next()) {
            Matcher m = scan.current;
            if (groups == 0) {
                out.add(scan.s.slice(m.start(), m.end()));
            } else if (groups == 1) {
                Object g = scan.s.group(m, 1);
                out.add(g == PyNone.NONE ? empty : g);
            } else {
                Object[] t = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    Object v = scan.s.group(m, g);
                    t[g - 1] = v == PyNone.NONE ? empty : v;
                }
                out.add(new PyTuple(t));
            }
        }
        return out;
    }

    /**
     * {@code subn}: {@code repl} is a template (str/bytes) or a callable given each Match of
     * {@code pattern} (the re.Pattern). Returns {@code (result, count)}.
     */
    PyTuple sub(Object pattern, Object repl, Object string, long count) {
        Subject s = new Subject(string);
        ReTemplate template = null;
        Object wrongType = null; // a str repl for bytes or the reverse: CPython fails joining it, at the first match
        Object r = PyDerived.unwrap(repl);
        if (r instanceof String || r instanceof PyBytes) {
            if ((r instanceof String) == bytes) {
                wrongType = r;
            } else {
                String text = r instanceof String t ? t : new String(((PyBytes) r).bytes(), StandardCharsets.ISO_8859_1);
                template = template(text);
            }
        }
        Scan scan = new Scan(s, 0, Long.MAX_VALUE);
        StringBuilder out = null;
        int copied = 0;
        long n = 0;
        int pieces = 0; // the items CPython would join so far, for its error message
        while ((count <= 0 || n < count) && scan.next()) {
            Matcher m = scan.current;
            if (out == null) {
                out = new StringBuilder(s.text.length() + 16);
            }
            if (m.start() > copied) {
                out.append(s.text, copied, m.start());
                pieces++;
            }
            if (template != null) {
                template.expand(out, s, m);
                pieces++;
            } else {
                Object piece = wrongType != null ? wrongType : PyDerived.unwrap(Ops.call(repl,
                        new ReMatch(this, pattern, s, m, 0, Long.MAX_VALUE)));
                if (piece instanceof String str && !bytes) {
                    out.append(str);
                } else if (piece instanceof PyBytes pb && bytes) {
                    out.append(new String(pb.bytes(), StandardCharsets.ISO_8859_1));
                } else if (piece != PyNone.NONE) {
                    throw Exceptions.typeError("sequence item " + pieces + ": " + (bytes
                            ? "expected a bytes-like object, " : "expected str instance, ") + Ops.typeName(piece)
                            + " found");
                } else {
                    pieces--;
                }
                pieces++;
            }
            copied = m.end();
            n++;
        }
        if (out == null) {
            return new PyTuple(new Object[] {string, 0L});
        }
        out.append(s.text, copied, s.text.length());
        return new PyTuple(new Object[] {s.wrap(out.toString()), n});
    }

    ReTemplate template(String text) {
        ReTemplate t = templates.get(text);
        if (t == null) {
            t = ReTemplate.parse(text, this);
            if (templates.size() < 64) {
                templates.put(text, t);
            }
        }
        return t;
    }

    /** {@code Match.expand}: the template filled from a match's groups, Java offsets into {@code s}. */
    Object expand(Object templateValue, Subject s, int[] offsets) {
        Object tv = PyDerived.unwrap(templateValue);
        String text;
        if (tv instanceof String t && !bytes) {
            text = t;
        } else if (tv instanceof PyBytes b && bytes) {
            text = new String(b.bytes(), StandardCharsets.ISO_8859_1);
        } else {
            throw Exceptions.typeError((bytes ? "expected a bytes-like object, " : "expected str instance, ")
                    + Ops.typeName(templateValue) + " found");
        }
        StringBuilder out = new StringBuilder();
        template(text).expand(out, s.text, offsets);
        return s.wrap(out.toString());
    }

    PyList split(Object string, long maxsplit) {
        Subject s = new Subject(string);
        PyList out = new PyList();
        if (maxsplit < 0) {
            out.add(string);
            return out;
        }
        Scan scan = new Scan(s, 0, Long.MAX_VALUE);
        int last = 0;
        long n = 0;
        while ((maxsplit == 0 || n < maxsplit) && scan.next()) {
            Matcher m = scan.current;
            out.add(s.slice(last, m.start()));
            for (int g = 1; g <= groups; g++) {
                out.add(s.group(m, g));
            }
            last = m.end();
            n++;
        }
        out.add(s.slice(last, s.text.length()));
        return out;
    }

    /** The first {@code length} characters of a string, as a view. */
    private record Prefix(String text, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new StringIndexOutOfBoundsException(index);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (end > length) {
                throw new StringIndexOutOfBoundsException(end);
            }
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.substring(0, length);
        }
    }
}
