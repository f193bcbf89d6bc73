package dev.tauraro.script.modules.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a Python regular expression into a {@link java.util.regex.Pattern} one with the same
 * meaning, checking it as CPython's {@code re} parser does (same messages, same positions).
 *
 * <p>Everything whose meaning differs between the two dialects is spelled out rather than left to
 * Java flags, so scoped inline flags ({@code (?s:...)}, {@code (?a:...)}, {@code (?x:...)}) work
 * like global ones: {@code .} becomes {@code [^\n]} (or {@code (?s:.)}), {@code ^}/{@code $}
 * become look-arounds for MULTILINE (Java's {@code ^} does not match after a final newline and
 * knows more line terminators), {@code $} without MULTILINE becomes {@code (?=\n?\z)}, {@code \Z}
 * becomes {@code \z}, {@code \d \w \s} become explicit Unicode or ASCII classes, VERBOSE
 * whitespace and comments are dropped here, every literal is written as {@code \x{..}} (so Java's
 * own metacharacters inside classes, such as {@code &&} and nested {@code [}, stay literal), and
 * groups are numbered only: names live in {@link #names} because Java's group names are ASCII
 * letters and digits only.
 *
 * <p>Not translatable (Java has no equivalent): conditional groups {@code (?(1)a|b)}; they raise
 * {@code re.error} saying so. Java accepts bounded variable-width look-behinds that CPython refuses.
 */
final class PatternTranslator {
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int ASCII = 256;

    /** A bad pattern: CPython's message and the position it names (-1: none). */
    static final class SyntaxProblem extends RuntimeException {
        final int pos;

        SyntaxProblem(String msg, int pos) {
            super(msg, null, false, false);
            this.pos = pos;
        }
    }

    /*
     * Python's \\d, \\w and \\s for str patterns: Unicode's decimal digits; letters, numbers and
     * '_'; str.isspace's whitespace (Unicode's White_Space plus \\x1c-\\x1f). Java tests a class's
     * items one after another for every character scanned, so each is spelled as its ASCII ranges
     * first and a Unicode property only for characters beyond ASCII: text that is mostly ASCII
     * is decided by one or two range checks instead of a Character.getType lookup per character
     * (the property alone was a third of the scripts' regex CPU). Checked equal to the plain
     * properties over every code point, alone, negated and nested in other classes, on JDK 17
     * and 25 (PatternTranslatorTest).
     */
    private static final String NON_ASCII = "\\x{80}-\\x{10ffff}&&";
    static final String UNI_DIGIT = "0-9[" + NON_ASCII + "\\p{Nd}]";
    static final String UNI_WORD = "a-zA-Z0-9_[" + NON_ASCII + "[\\p{L}\\p{N}]]";
    static final String UNI_SPACE = "\\t-\\r\\x1c-\\x20[" + NON_ASCII + "\\p{IsWhite_Space}]";
    private static final String ASCII_WORD = "a-zA-Z0-9_";
    private static final String ASCII_SPACE = "\\t-\\r ";

    private final String p;
    private final boolean bytes;
    private int i;
    private final StringBuilder out = new StringBuilder();
    /** Flags in force for the whole pattern: given ones plus leading inline ones. */
    int flags;
    /** Number of capturing groups so far. */
    int groups;
    /** Group names in definition order. */
    final Map<String, Integer> names = new LinkedHashMap<>();
    /** The enclosing capturing group of each group (0: none), for {@code lastindex}. */
    final List<Integer> parents = new ArrayList<>(List.of(0));
    private final BitSet openGroups = new BitSet();
    /**
     * Groups inside a negative look-around: a whole match exists only when that look-around's
     * body failed, so CPython reports them unset, while Java keeps what the failed attempt captured.
     */
    final BitSet unsetGroups = new BitSet();
    private int negativeDepth;
    private int currentGroup;

    /**
     * Width bookkeeping for CPython's "look-behind requires fixed-width pattern" (Java accepts any
     * bounded, and even some unbounded, look-behinds): the minimum and maximum length of the item
     * just parsed, and of each group for back references. {@link #INF} stands for unbounded.
     */
    private static final long INF = 1L << 40;
    private long itemMin;
    private long itemMax;
    private final List<long[]> groupWidths = new ArrayList<>(List.of(new long[] {0, 0}));

    /**
     * What every match begins with, read off the first item of the top level so that searching
     * can jump to the places a match may start (as CPython's compiler records a literal prefix):
     * {@link #START_ANY} (nothing known), {@link #START_CHAR} (the character {@link #startChar},
     * case-sensitively), {@link #START_LINE} (MULTILINE {@code ^}: the text's start or after a
     * newline) or {@link #START_TEXT} ({@code ^} or {@code \A}: the text's start).
     */
    static final int START_ANY = 0;
    static final int START_CHAR = 1;
    static final int START_LINE = 2;
    static final int START_TEXT = 3;
    int startKind;
    int startChar;
    /**
     * With START_CHAR, the literal text every match starts with (startChar and the literal
     * characters right after it, such as {@code " - user"} in {@code " - user(\\d+)"}), so that a
     * search skips to its next occurrence instead of trying each occurrence of the first character.
     */
    String startText = "";
    /**
     * A literal every match contains (empty: none known) and how far from the match's start it
     * begins: between {@link #requiredMin} and {@link #requiredMax} characters ({@link #INF}:
     * unbounded). It is the longest run of plain literals of the top level (no alternatives, none
     * repeated; with IGNORECASE only characters that have no other case), so that a search can
     * look for it with {@link String#indexOf(String, int)} and try the pattern only where it fits,
     * and give up at once on a text without it (CPython tries every position; Java's own find too).
     */
    String required = "";
    long requiredMin;
    long requiredMax;
    private final StringBuilder run = new StringBuilder();
    /**
     * The ASCII characters a match can start with, and {@link #FIRST_NON_ASCII} when it may start
     * with a character beyond ASCII (null: unknown, or a match may be empty), so
     * that a search skips the places no match can start at ({@code Python|Perl} over a text of
     * dashes), as CPython's compiler records a charset for the same purpose. Read off the items a
     * match must pass before its first character: literals, classes of ASCII characters, groups,
     * and items that may be absent or are zero-width (look-arounds, anchors) with what follows.
     */
    BitSet first;
    /** The member of {@link #first} that stands for every character beyond ASCII. */
    static final int FIRST_NON_ASCII = 128;
    /** The first characters of the atom just parsed (null: unknown) and of the last alternation. */
    private BitSet atomFirst;
    private BitSet altFirst;
    private BitSet seqFirst;
    /** Whether IGNORECASE is on anywhere so far (globally or scoped), making letters' cases uncertain. */
    private boolean anyIgnoreCase;
    private long runMin;
    private long runMax;
    /** The top level's leading literal characters so far; open until an item that is no literal. */
    private final StringBuilder prefix = new StringBuilder();
    private boolean prefixOpen = true;
    private int prefixBeforeLast;
    private boolean atomLiteral;
    /** The text of the atom just parsed when it is a group holding only letters and digits (see {@link #plainGroupText}). */
    private String atomText;
    /** The start kind of the atom just parsed, the depth of group nesting, and the top level's items so far. */
    private int atomStart;
    private int atomChar;
    private int depth;
    private int topItems;
    /**
     * For a pattern that is {@code .*} (greedy, not DOTALL) and then a literal character:
     * where the rest begins in {@link #javaPattern} and that character (-1: not such a pattern).
     * Java backs {@code .*} off one character at a time, trying the rest at each; the rest can
     * only match at that character, which {@link String#lastIndexOf(int, int)} finds many times
     * faster (CPython's engine skips the same way).
     */
    int restStart = -1;
    int restChar = -1;
    private boolean topAlternatives;

    /** Scoped state: these change inside {@code (?flags:...)}. */
    private boolean verbose;
    private boolean ascii;
    private boolean dotall;
    private boolean multiline;

    private PatternTranslator(String pattern, int flags, boolean bytes) {
        this.p = pattern;
        this.flags = flags;
        this.bytes = bytes;
    }

    /** The translation of {@code pattern}; {@link #flags} etc. describe it afterwards. */
    static PatternTranslator translate(String pattern, int flags, boolean bytes) {
        PatternTranslator t = new PatternTranslator(pattern, flags, bytes);
        try {
            t.run();
        } catch (SyntaxProblem e) {
            // CPython's tokenizer reads a token ahead: once the parser has taken the token before a
            // lone backslash ending the pattern, that backslash is the error it reports
            int last = lastTokenBeforeTrailingBackslash(pattern);
            if (last >= 0 && t.i > last) {
                throw new SyntaxProblem("bad escape (end of pattern)", pattern.length() - 1);
            }
            throw e;
        }
        return t;
    }

    /** Where the token before a trailing lone backslash starts, or -1 if the pattern has none. */
    private static int lastTokenBeforeTrailingBackslash(String p) {
        int i = 0;
        int tokenStart = -1;
        while (i < p.length() - 1) {
            tokenStart = i;
            i += p.charAt(i) == '\\' ? 2 : 1;
        }
        return i == p.length() - 1 && p.charAt(i) == '\\' ? tokenStart : -1;
    }

    String javaPattern() {
        return out.toString();
    }

    private void run() {
        leadingFlags();
        if (!bytes && (flags & ASCII) == 0) {
            flags |= UNICODE;
        }
        verbose = (flags & VERBOSE) != 0;
        ascii = bytes || (flags & ASCII) != 0;
        dotall = (flags & DOTALL) != 0;
        multiline = (flags & MULTILINE) != 0;
        anyIgnoreCase = (flags & IGNORECASE) != 0;
        long[] top = alternation();
        first = top[0] > 0 ? altFirst : null;
        if (i < p.length()) {
            throw new SyntaxProblem("unbalanced parenthesis", i); // only a ')' stops the top level
        }
        if (topAlternatives || (startKind == START_CHAR && (flags & IGNORECASE) != 0)) {
            startKind = START_ANY;
        }
        if (startKind == START_CHAR) {
            startText = prefix.toString();
        }
        endRun();
        if (topAlternatives) {
            required = "";
        }
        if (topAlternatives || restChar < 0 || (flags & IGNORECASE) != 0) {
            restStart = -1;
            restChar = -1;
        }
    }

    /** Ends the top level's current literal run, keeping it if it is the longest so far. */
    private void endRun() {
        // a run at a bounded distance names the places to try; an unbounded one only rules texts out
        boolean bounded = runMax < INF;
        boolean keptBounded = requiredMax < INF;
        if (run.length() > 0 && (required.isEmpty() || bounded && !keptBounded
                || bounded == keptBounded && run.length() > required.length())) {
            required = run.toString();
            requiredMin = runMin;
            requiredMax = runMax;
        }
        run.setLength(0);
    }

    /** Whether a literal may join a required run: IGNORECASE makes only caseless characters certain. */
    private boolean certainLiteral(int cp) {
        return (flags & IGNORECASE) == 0 || (cp < 128 && !Character.isLetter(cp));
    }

    /**
     * Global inline flags count only at the start (CPython 3.11 refuses them elsewhere); they are
     * read before the rest since VERBOSE changes how everything after them is read.
     */
    private void leadingFlags() {
        int at = 0;
        while (p.startsWith("(?", at) && at + 2 < p.length() && isFlag(p.charAt(at + 2))) {
            int j = at + 2;
            int add = 0;
            while (j < p.length() && isFlag(p.charAt(j))) {
                add |= flagBit(p.charAt(j), j);
                j++;
            }
            if (j >= p.length() || p.charAt(j) != ')') {
                break; // scoped flags or an error after the global ones: the main parser handles both
            }
            flags |= add;
            at = j + 1;
            if ((flags & VERBOSE) != 0) {
                while (at < p.length()) {
                    char c = p.charAt(at);
                    if (isVerboseSpace(c)) {
                        at++;
                    } else if (c == '#') {
                        while (at < p.length() && p.charAt(at) != '\n') {
                            at++;
                        }
                    } else {
                        break;
                    }
                }
            }
        }
        i = at;
        if ((flags & (ASCII | UNICODE)) == (ASCII | UNICODE)) {
            throw new SyntaxProblem("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i);
        }
    }

    private static boolean isFlag(char c) {
        return "aiLmsux".indexOf(c) >= 0;
    }

    private int flagBit(char c, int at) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> {
                if (!bytes) {
                    throw new SyntaxProblem("bad inline flags: cannot use 'L' flag with a str pattern", at + 1);
                }
                yield LOCALE;
            }
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> {
                if (bytes) {
                    throw new SyntaxProblem("bad inline flags: cannot use 'u' flag with a bytes pattern", at + 1);
                }
                yield UNICODE;
            }
            case 'x' -> VERBOSE;
            default -> throw new IllegalStateException();
        };
    }

    private static boolean isVerboseSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private boolean more() {
        return i < p.length();
    }

    private char peek() {
        return p.charAt(i);
    }

    private void skipVerbose() {
        if (!verbose) {
            return;
        }
        while (more()) {
            char c = peek();
            if (isVerboseSpace(c)) {
                i++;
            } else if (c == '#') {
                while (more() && peek() != '\n') {
                    i++;
                }
            } else {
                return;
            }
        }
    }

    /** Alternatives up to ')' or the end; returns their {min, max} width. */
    private long[] alternation() {
        long[] w = sequence();
        BitSet f = seqFirst;
        while (more() && peek() == '|') {
            i++;
            topAlternatives |= depth == 0;
            out.append('|');
            long[] v = sequence();
            w[0] = Math.min(w[0], v[0]);
            w[1] = Math.max(w[1], v[1]);
            if (f != null && seqFirst != null) {
                f.or(seqFirst);
            } else {
                f = null;
            }
        }
        altFirst = f;
        return w;
    }

    /** Items up to '|', ')' or the end; returns their {min, max} width. */
    private long[] sequence() {
        boolean repeatable = false; // is there an item a quantifier may follow?
        long min = 0;
        long max = 0;
        // the first characters: the items' sets up to the first that cannot be absent (open: not yet)
        BitSet f = new BitSet();
        boolean open = true;
        boolean pending = false; // the last item's set, not yet added: a quantifier may make it optional
        BitSet pendingFirst = null;
        long pendingMin = 0;
        while (true) {
            skipVerbose();
            char c = more() ? peek() : ')';
            boolean quantifier = c == '*' || c == '+' || c == '?' || (c == '{' && more() && quantifierAhead());
            if (pending && open && !quantifier) {
                if (pendingFirst == null) {
                    f = null;
                    open = false;
                } else {
                    f.or(pendingFirst);
                    open = pendingMin == 0;
                }
            }
            if (!quantifier) {
                pending = false;
            }
            if (c == '|' || c == ')') {
                seqFirst = open ? null : f; // every item may be absent: a match may be empty
                return new long[] {min, max};
            }
            int start = i;
            if (c == '*' || c == '+' || c == '?' || (c == '{' && quantifierAhead())) {
                if (!repeatable) {
                    trailingBackslashAfter(c == '{' ? p.indexOf('}', start) + 1 : start + 1);
                    throw new SyntaxProblem("nothing to repeat", start);
                }
                min -= itemMin;
                max -= itemMax;
                long[] q = quantifier();
                if (depth == 0 && topItems == 1 && out.length() == 6 && out.toString().equals("[^\\n]*")) {
                    restStart = out.length(); // the pattern so far is exactly a greedy .*
                } else if (depth == 0 && topItems == 2 && restChar >= 0 && q[0] == 0) {
                    restChar = -1; // the character after .* may be absent
                }
                pendingMin = q[0] == 0 ? 0 : pendingMin;
                if (depth == 0 && topItems == 1 && q[0] == 0) {
                    startKind = START_ANY; // the first item may be absent
                }
                if (depth == 0 && atomLiteral && run.length() > 0) { // a repeated literal is not in the run
                    run.setLength(run.length() - Character.charCount(atomChar));
                    endRun();
                }
                if (depth == 0 && prefixOpen) { // a repeated literal: the prefix ends at it, or before if it may be absent
                    if (q[0] == 0) {
                        prefix.setLength(prefixBeforeLast);
                    }
                    prefixOpen = false;
                }
                min = Math.min(INF, min + itemMin * q[0]);
                max = itemMax == 0 ? max : q[1] < 0 ? INF : Math.min(INF, max + itemMax * q[1]);
                skipVerbose();
                if (more() && (peek() == '*' || peek() == '+' || peek() == '?' || (peek() == '{'
                        && quantifierAhead()))) {
                    trailingBackslashAfter(i + 1);
                    throw new SyntaxProblem("multiple repeat", i);
                }
                repeatable = false;
                continue;
            }
            itemMin = 0;
            itemMax = 0;
            atomStart = START_ANY;
            atomLiteral = false;
            atomText = null;
            atomFirst = null;
            repeatable = atom();
            pending = true;
            pendingFirst = atomFirst;
            pendingMin = itemMin;
            if (depth == 0) {
                if (atomLiteral && certainLiteral(atomChar)) {
                    if (run.length() == 0) {
                        runMin = min;
                        runMax = max;
                    }
                    run.appendCodePoint(atomChar);
                } else {
                    endRun();
                }
            }
            if (depth == 0 && topItems == 1 && restStart >= 0) {
                int next = atomLiteral && certainLiteral(atomChar) ? atomChar : atomText != null ? atomText.charAt(0) : -1;
                restChar = next == '\n' || next > 0xFFFF ? -1 : next;
            }
            if (depth == 0 && topItems++ == 0) {
                startKind = atomStart;
                startChar = atomChar;
            }
            if (depth == 0 && prefixOpen) {
                if (atomLiteral) {
                    prefixBeforeLast = prefix.length();
                    prefix.appendCodePoint(atomChar);
                } else if (atomText != null) {
                    prefixBeforeLast = prefix.length();
                    prefix.append(atomText);
                } else {
                    prefixOpen = false;
                }
            }
            min = Math.min(INF, min + itemMin);
            max = Math.min(INF, max + itemMax);
        }
    }

    /**
     * CPython's tokenizer reads one token ahead, so a lone backslash ending the pattern right after
     * the token being reported is reported first ("bad escape (end of pattern)").
     */
    private void trailingBackslashAfter(int next) {
        if (next == p.length() - 1 && p.charAt(next) == '\\') {
            throw new SyntaxProblem("bad escape (end of pattern)", next);
        }
    }

    /** Whether a '{' at {@link #i} starts a valid {m,n} quantifier (otherwise it is a literal). */
    private boolean quantifierAhead() {
        int j = i + 1;
        while (j < p.length() && isDigit(p.charAt(j))) {
            j++;
        }
        if (j < p.length() && p.charAt(j) == ',') {
            j++;
            while (j < p.length() && isDigit(p.charAt(j))) {
                j++;
            }
        } else if (j == i + 1) {
            return false;
        }
        return j < p.length() && p.charAt(j) == '}';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses a quantifier; returns its {min, max} count (max -1: unbounded). */
    private long[] quantifier() {
        char c = peek();
        long[] count;
        if (c == '{') {
            int open = i++;
            int loStart = i;
            while (isDigit(peek())) {
                i++;
            }
            String lo = p.substring(loStart, i);
            String hi = lo;
            if (peek() == ',') {
                i++;
                int hs = i;
                while (isDigit(peek())) {
                    i++;
                }
                hi = p.substring(hs, i);
            }
            i++; // '}'
            long min = lo.isEmpty() ? 0 : parseCount(lo, loStart);
            long max = hi.isEmpty() ? -1 : parseCount(hi, loStart);
            if (max >= 0 && max < min) {
                throw new SyntaxProblem("min repeat greater than max repeat", loStart);
            }
            out.append('{').append(min).append(',');
            if (max >= 0) {
                out.append(max);
            }
            out.append('}');
            assert open >= 0;
            count = new long[] {min, max};
        } else {
            out.append(c);
            i++;
            count = new long[] {c == '+' ? 1 : 0, c == '?' ? 1 : -1};
        }
        if (more() && (peek() == '?' || peek() == '+')) {
            out.append(peek()); // lazy or possessive (3.11), the same in Java
            i++;
        }
        return count;
    }

    private static long parseCount(String digits, int at) {
        if (digits.length() > 9 || Long.parseLong(digits) >= Integer.MAX_VALUE) {
            throw new SyntaxProblem("the repetition number is too large", at);
        }
        return Long.parseLong(digits);
    }

    /** One item; returns whether a quantifier may follow it. */
    private boolean atom() {
        char c = peek();
        switch (c) {
            case '(' -> {
                int open = i;
                depth++;
                try {
                    group();
                } finally {
                    depth--;
                }
                atomStart = START_ANY;
                atomLiteral = false; // a literal inside the group set it
                atomText = plainGroupText(open);
                if (atomText != null) {
                    atomStart = START_CHAR;
                    atomChar = atomText.charAt(0);
                }
                return true;
            }
            case '[' -> {
                charClass();
                itemMin = 1;
                itemMax = 1;
                return true;
            }
            case '.' -> {
                i++;
                itemMin = 1;
                itemMax = 1;
                out.append(dotall ? "(?s:.)" : "[^\\n]");
                return true;
            }
            case '^' -> {
                i++;
                out.append(multiline ? "(?<![^\\n])" : "\\A");
                atomFirst = new BitSet(); // zero-width: the next item has the first character
                atomStart = multiline ? START_LINE : START_TEXT;
                return false;
            }
            case '$' -> {
                i++;
                out.append(multiline ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
                atomFirst = new BitSet();
                return false;
            }
            case '\\' -> {
                return escape();
            }
            default -> {
                int cp = p.codePointAt(i);
                i += Character.charCount(cp);
                literal(cp);
                return true;
            }
        }
    }

    /**
     * The text of the group just parsed from {@code open} when it is {@code (text)} or
     * {@code (?:text)} with only letters and digits inside (null otherwise), so that a pattern
     * such as {@code (Python)\1} is searched for by its literal start as {@code Python\1} is.
     * Letters are certain only without IGNORECASE, which is on for the whole pattern here if
     * anywhere before this group; VERBOSE changes nothing for letters and digits.
     */
    private String plainGroupText(int open) {
        int from = p.startsWith("(?:", open) ? open + 3 : open + 1;
        int to = i - 1; // the ')'
        if (anyIgnoreCase || to <= from || p.charAt(to) != ')') {
            return null;
        }
        for (int j = from; j < to; j++) {
            char c = p.charAt(j);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return null;
            }
        }
        return p.substring(from, to);
    }

    private void literal(int cp) {
        itemMin = 1;
        itemMax = 1;
        atomStart = START_CHAR;
        atomChar = cp;
        atomLiteral = true;
        if (cp < 128 && (!anyIgnoreCase || !Character.isLetter(cp))) {
            atomFirst = new BitSet();
            atomFirst.set(cp);
        } else if (cp < 128) {
            atomFirst = caseless(set(new BitSet(), cp, cp + 1));
        }
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            out.append((char) cp);
        } else {
            escaped(out, cp);
        }
    }

    /**
     * A character written so Java takes it literally: {@code \x{..}}, except beyond U+FFFF, where
     * it is written as itself. Java counts a look-behind's width in code points only when the
     * pattern's text holds a supplementary character (its {@code hasSupplementary}); with the
     * escape alone it counted chars, and {@code (?<=\U0001F600)P} never matched.
     */
    private static void escaped(StringBuilder b, int cp) {
        if (cp > 0xFFFF) {
            b.appendCodePoint(cp);
        } else {
            b.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    private void group() {
        int open = i;
        i++; // '('
        if (more() && peek() == '?') {
            i++;
            if (!more()) {
                throw new SyntaxProblem("unexpected end of pattern", i);
            }
            char c = peek();
            switch (c) {
                case ':' -> {
                    i++;
                    out.append("(?:");
                    body(open);
                    return;
                }
                case '=', '!' -> {
                    i++;
                    out.append("(?").append(c);
                    negatedBody(open, c == '!');
                    itemMin = 0;
                    itemMax = 0;
                    atomFirst = new BitSet(); // a look-ahead consumes nothing
                    return;
                }
                case '>' -> {
                    i++;
                    out.append("(?>");
                    body(open);
                    return;
                }
                case '<' -> {
                    i++;
                    if (!more()) {
                        throw new SyntaxProblem("unexpected end of pattern", i);
                    }
                    char d = peek();
                    if (d != '=' && d != '!') {
                        throw new SyntaxProblem("unknown extension ?<" + d, open + 1);
                    }
                    i++;
                    out.append("(?<").append(d);
                    negatedBody(open, d == '!');
                    if (itemMin != itemMax) {
                        throw new SyntaxProblem("look-behind requires fixed-width pattern", -1);
                    }
                    itemMin = 0;
                    itemMax = 0;
                    atomFirst = new BitSet();
                    return;
                }
                case '#' -> {
                    int close = p.indexOf(')', i);
                    if (close < 0) {
                        throw new SyntaxProblem("missing ), unterminated comment", open);
                    }
                    i = close + 1;
                    atomFirst = new BitSet();
                    return;
                }
                case 'P' -> {
                    i++;
                    if (!more()) {
                        throw new SyntaxProblem("unexpected end of pattern", i);
                    }
                    char d = peek();
                    if (d == '<') {
                        i++;
                        String name = groupName('>');
                        int nameAt = i - name.length() - 1;
                        Integer was = names.get(name);
                        int number = groups + 1;
                        if (was != null) {
                            throw new SyntaxProblem("redefinition of group name " + quote(name) + " as group "
                                    + number + "; was group " + was, nameAt);
                        }
                        names.put(name, number);
                        capture(open);
                        return;
                    }
                    if (d == '=') {
                        i++;
                        int nameAt = i;
                        String name = groupName(')');
                        Integer number = names.get(name);
                        if (number == null) {
                            throw new SyntaxProblem("unknown group name " + quote(name), nameAt);
                        }
                        if (openGroups.get(number)) {
                            throw new SyntaxProblem("cannot refer to an open group", nameAt);
                        }
                        backReference(number);
                        return;
                    }
                    throw new SyntaxProblem("unknown extension ?P" + d, open + 1);
                }
                case '(' -> {
                    // the condition is checked as CPython checks it; only then is the feature refused
                    i++;
                    int nameAt = i;
                    int close = p.indexOf(')', i);
                    if (close < 0) {
                        throw new SyntaxProblem("missing ), unterminated name", nameAt);
                    }
                    String name = p.substring(nameAt, close);
                    if (name.isEmpty()) {
                        throw new SyntaxProblem("missing group name", nameAt);
                    }
                    if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        int number = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                        if (number == 0) {
                            throw new SyntaxProblem("bad group number", nameAt);
                        }
                        if (number > groups) {
                            throw new SyntaxProblem("invalid group reference " + name, nameAt);
                        }
                    } else if (!isIdentifier(name)) {
                        throw new SyntaxProblem("bad character in group name " + quote(name), nameAt);
                    } else if (!names.containsKey(name)) {
                        throw new SyntaxProblem("unknown group name " + quote(name), nameAt);
                    }
                    throw new SyntaxProblem("conditional groups (?(...)yes|no) are not supported by "
                            + "tauraro's re (Java regular expressions have no equivalent)", open);
                }
                default -> {
                    scopedFlags(open);
                    return;
                }
            }
        }
        capture(open);
    }

    /** {@link #body} of a look-around, noting whether it is negative for {@link #unsetGroups}. */
    private void negatedBody(int open, boolean negative) {
        negativeDepth += negative ? 1 : 0;
        try {
            body(open);
        } finally {
            negativeDepth -= negative ? 1 : 0;
        }
    }

    private void capture(int open) {
        int number = ++groups;
        if (negativeDepth > 0) {
            unsetGroups.set(number);
        }
        parents.add(currentGroup);
        openGroups.set(number);
        int outer = currentGroup;
        currentGroup = number;
        out.append('(');
        groupWidths.add(new long[] {0, INF}); // while open: not referable anyway
        body(open);
        groupWidths.set(number, new long[] {itemMin, itemMax});
        currentGroup = outer;
        openGroups.clear(number);
    }

    /** The rest of a group after its opening: alternatives, then ')'; sets the item's width. */
    private void body(int open) {
        boolean v = verbose;
        boolean a = ascii;
        boolean s = dotall;
        boolean m = multiline;
        long[] w = alternation();
        atomFirst = altFirst;
        verbose = v;
        ascii = a;
        dotall = s;
        multiline = m;
        if (!more()) {
            throw new SyntaxProblem("missing ), unterminated subpattern", open);
        }
        i++; // ')'
        out.append(')');
        itemMin = w[0];
        itemMax = w[1];
    }

    /** {@code (?aiLmsux-imsx:...)}, or a misplaced global {@code (?x)}. */
    private void scopedFlags(int open) {
        int on = 0;
        int off = 0;
        char c = peek();
        if (!isFlag(c) && c != '-') {
            // the parser's token: an escape is two characters
            String token = c == '\\' && i + 1 < p.length() ? p.substring(i, i + 2) : String.valueOf(c);
            throw new SyntaxProblem("unknown extension ?" + token, open + 1);
        }
        while (more() && isFlag(peek())) {
            on |= flagBit(peek(), i);
            i++;
        }
        if (!more()) {
            throw new SyntaxProblem("missing -, : or )", i);
        }
        if (peek() == ')') {
            throw new SyntaxProblem("global flags not at the start of the expression", open);
        }
        if (peek() == '-') {
            i++;
            if (!more()) {
                throw new SyntaxProblem("missing flag", i);
            }
            while (more() && isFlag(peek())) {
                char f = peek();
                if (f != 'i' && f != 'm' && f != 's' && f != 'x') {
                    throw new SyntaxProblem("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i + 1);
                }
                int bit = flagBit(f, i);
                if ((on & bit) != 0) {
                    throw new SyntaxProblem("bad inline flags: flag turned on and off", i + 1);
                }
                off |= bit;
                i++;
            }
            if (off == 0) {
                throw new SyntaxProblem("missing flag", i);
            }
        }
        if (!more() || peek() != ':') {
            throw new SyntaxProblem(more() && Character.isLetter(peek()) ? "unknown flag" : "missing :", i);
        }
        i++;
        boolean v = verbose;
        boolean a = ascii;
        boolean s = dotall;
        boolean m = multiline;
        boolean uni = !bytes && !ascii;
        out.append("(?");
        if ((on & IGNORECASE) != 0) {
            anyIgnoreCase = true;
            out.append(uni || (on & UNICODE) != 0 ? "iu" : "i");
        }
        if ((off & IGNORECASE) != 0) {
            out.append("-iu");
        }
        out.append(':');
        verbose = (on & VERBOSE) != 0 || (verbose && (off & VERBOSE) == 0);
        ascii = (on & ASCII) != 0 || (ascii && (on & UNICODE) == 0);
        dotall = (on & DOTALL) != 0 || (dotall && (off & DOTALL) == 0);
        multiline = (on & MULTILINE) != 0 || (multiline && (off & MULTILINE) == 0);
        long[] w = alternation();
        atomFirst = altFirst;
        verbose = v;
        ascii = a;
        dotall = s;
        multiline = m;
        if (!more()) {
            throw new SyntaxProblem("missing ), unterminated subpattern", open);
        }
        i++;
        out.append(')');
        itemMin = w[0];
        itemMax = w[1];
    }

    /** A group name up to {@code end}, checked as CPython 3.11 checks it (an identifier). */
    private String groupName(char end) {
        int start = i;
        int close = p.indexOf(end, i);
        if (close < 0) {
            throw new SyntaxProblem("missing " + end + ", unterminated name", start);
        }
        String name = p.substring(start, close);
        if (name.isEmpty()) {
            throw new SyntaxProblem("missing group name", start);
        }
        if (!isIdentifier(name)) {
            throw new SyntaxProblem("bad character in group name " + quote(name), start);
        }
        i = close + 1;
        return name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isLetter(first) && Character.getType(first) != Character.LETTER_NUMBER) {
            return false;
        }
        for (int k = Character.charCount(first); k < s.length(); ) {
            int c = s.codePointAt(k);
            if (c != '_' && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.LETTER_NUMBER
                    && Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && Character.getType(c) != Character.CONNECTOR_PUNCTUATION) {
                return false;
            }
            k += Character.charCount(c);
        }
        return true;
    }

    static String quote(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' + s + '"' : "'" + s.replace("'", "\\'") + "'";
    }

    private void backReference(int number) {
        itemMin = groupWidths.get(number)[0];
        itemMax = groupWidths.get(number)[1];
        // the empty group keeps a following digit from joining the number
        out.append("(?:\\").append(number).append(")");
    }

    /** An escape outside a class; returns whether it may be repeated. */
    private boolean escape() {
        int start = i;
        i++;
        if (!more()) {
            throw new SyntaxProblem("bad escape (end of pattern)", start);
        }
        char c = peek();
        switch (c) {
            case 'A' -> {
                i++;
                out.append("\\A");
                atomStart = START_TEXT;
                atomFirst = new BitSet();
                return false;
            }
            case 'Z' -> {
                i++;
                out.append("\\z");
                atomFirst = new BitSet();
                return false;
            }
            case 'b', 'B' -> {
                i++;
                // Spelled out in both modes: Java's own \b follows \w, whose meaning changed in
                // JDK 24 (ASCII unless UNICODE_CHARACTER_CLASS), while Python's is fixed per mode.
                // Case-sensitive always ((?-i:): CPython's boundary tests the characters as they
                // are under IGNORECASE too, and Java's case-insensitive class tests each character's
                // other cases as well, which made an IGNORECASE search with \b many times slower.
                String w = "[" + (ascii ? ASCII_WORD : UNI_WORD) + "]";
                String boundary = "(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + ")";
                out.append(c == 'b' ? "(?-i:" + boundary + ")" : "(?-i:(?!" + boundary + "))");
                atomFirst = new BitSet();
                return false;
            }
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                i++;
                out.append(c == 'd' || c == 'w' || c == 's' ? "[" : "[^").append(classBody(c)).append(']');
                itemMin = 1;
                itemMax = 1;
                return true;
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    int digitsAt = i;
                    int j = i + 1;
                    if (j < p.length() && isDigit(p.charAt(j))) {
                        if (c <= '7' && p.charAt(j) <= '7' && j + 1 < p.length() && p.charAt(j + 1) >= '0'
                                && p.charAt(j + 1) <= '7') {
                            literal(octal(start, j + 2));
                            return true;
                        }
                        j++;
                    }
                    int number = Integer.parseInt(p.substring(digitsAt, j));
                    i = j;
                    if (number > groups) {
                        throw new SyntaxProblem("invalid group reference " + number, digitsAt);
                    }
                    if (openGroups.get(number)) {
                        throw new SyntaxProblem("cannot refer to an open group", start);
                    }
                    backReference(number);
                    return true;
                }
                literal(commonEscape(start));
                return true;
            }
        }
    }

    /** The character of an escape valid both inside and outside classes; {@link #i} is after the backslash. */
    private int commonEscape(int start) {
        char c = peek();
        i++;
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return 0x0b;
            case 'x':
                return hex(start, 2);
            case 'u':
            case 'U':
                if (bytes) {
                    throw new SyntaxProblem("bad escape \\" + c, start);
                }
                int cp = hex(start, c == 'u' ? 4 : 8);
                if (cp > 0x10FFFF) {
                    throw new SyntaxProblem("bad escape " + p.substring(start, i), start);
                }
                return cp;
            case 'N':
                if (bytes) {
                    throw new SyntaxProblem("bad escape \\N", start);
                }
                if (!more() || peek() != '{') {
                    throw new SyntaxProblem("missing {", i);
                }
                int close = p.indexOf('}', i);
                if (close < 0 || close == i + 1) {
                    throw new SyntaxProblem(close < 0 ? "missing }, unterminated name" : "missing character name",
                            i + 1);
                }
                String name = p.substring(i + 1, close);
                i = close + 1;
                try {
                    return Character.codePointOf(name);
                } catch (IllegalArgumentException e) {
                    throw new SyntaxProblem("undefined character name " + quote(name), start);
                }
            case '0':
                return octal(start, Math.min(p.length(), start + 4));
            default:
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    throw new SyntaxProblem("bad escape \\" + c, start);
                }
                i--;
                int lit = p.codePointAt(i);
                i += Character.charCount(lit);
                return lit;
        }
    }

    /** Octal digits from after the backslash at {@code start} up to (excluding) {@code limit}. */
    private int octal(int start, int limit) {
        int j = start + 1;
        int v = 0;
        while (j < limit && j < p.length() && p.charAt(j) >= '0' && p.charAt(j) <= '7') {
            v = v * 8 + (p.charAt(j) - '0');
            j++;
        }
        i = j;
        if (v > 0377) {
            throw new SyntaxProblem("octal escape value " + p.substring(start, j) + " outside of range 0-0o377",
                    start);
        }
        return v;
    }

    private int hex(int start, int digits) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = more() ? Character.digit(peek(), 16) : -1;
            if (d < 0 || peek() > 127) {
                throw new SyntaxProblem("incomplete escape " + p.substring(start, i), start);
            }
            v = v * 16 + d;
            i++;
        }
        return v;
    }

    /** The inside of a Java class for \d \w \s and their complements (the caller negates). */
    private String classBody(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'd' -> ascii ? "0-9" : UNI_DIGIT;
            case 'w' -> ascii ? ASCII_WORD : UNI_WORD;
            default -> ascii ? ASCII_SPACE : UNI_SPACE;
        };
    }

    private static final BitSet LETTERS = set(set(new BitSet(), 'A', 'Z' + 1), 'a', 'z' + 1);

    /**
     * Under IGNORECASE, the first characters of ASCII {@code chars}: their letters' other cases
     * too, and {@link #FIRST_NON_ASCII} for the characters beyond ASCII that match an ASCII
     * letter under Unicode case folding (the Kelvin sign matches {@code k}, the long s {@code s}).
     */
    private static BitSet caseless(BitSet chars) {
        BitSet b = (BitSet) chars.clone();
        chars.stream().filter(c -> c < 128 && Character.isLetter(c)).forEach(c -> {
            b.set(Character.toLowerCase(c));
            b.set(Character.toUpperCase(c));
        });
        b.set(FIRST_NON_ASCII);
        return b;
    }

    private static BitSet set(BitSet b, int from, int to) {
        b.set(from, to);
        return b;
    }

    private void charClass() {
        int open = i;
        i++;
        StringBuilder body = new StringBuilder();
        boolean negate = false;
        if (more() && peek() == '^') {
            negate = true;
            i++;
        }
        boolean first = true;
        BitSet chars = new BitSet(); // the members while all are ASCII characters (null: some are not)
        while (true) {
            if (!more()) {
                throw new SyntaxProblem("unterminated character set", open);
            }
            char c = peek();
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int itemStart = i;
            int lo = classItem(body);
            if (more() && peek() == '-' && i + 1 < p.length() && p.charAt(i + 1) != ']') {
                i++;
                int hiStart = i;
                int hi = classItem(null);
                if (lo < 0 || hi < 0) {
                    int end = i;
                    throw new SyntaxProblem("bad character range " + p.substring(itemStart, end), itemStart);
                }
                if (hi < lo) {
                    throw new SyntaxProblem("bad character range " + p.substring(itemStart, i), itemStart);
                }
                assert hiStart > 0;
                escaped(body, lo);
                body.append('-');
                escaped(body, hi);
                chars = hi < 128 && chars != null ? set(chars, lo, hi + 1) : null;
            } else if (lo >= 0) {
                escaped(body, lo);
                chars = lo < 128 && chars != null ? set(chars, lo, lo + 1) : null;
            } else {
                chars = null; // \d, \w, \s and their complements reach beyond ASCII
            }
        }
        if (!negate && chars != null) {
            atomFirst = anyIgnoreCase && chars.intersects(LETTERS) ? caseless(chars) : chars;
        }
        if (body.length() == 0) {
            // Java has no empty class: [^...] of nothing is "any character", [] of nothing never matches
            out.append(negate ? "(?s:.)" : "(?!)");
            return;
        }
        out.append(negate ? "[^" : "[").append(body).append(']');
    }

    /**
     * One class member: returns its code point, or -1 after appending a class escape such as \w to
     * {@code body} (with {@code body} null, a class escape is only recognised, for range errors).
     */
    private int classItem(StringBuilder body) {
        char c = peek();
        if (c != '\\') {
            int cp = p.codePointAt(i);
            i += Character.charCount(cp);
            return cp;
        }
        int start = i;
        i++;
        if (!more()) {
            throw new SyntaxProblem("bad escape (end of pattern)", start);
        }
        char e = peek();
        switch (e) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                i++;
                if (body != null) {
                    if (Character.isLowerCase(e)) {
                        body.append(classBody(e));
                    } else {
                        body.append("[^").append(classBody(e)).append(']');
                    }
                }
                return -1;
            }
            case 'b' -> {
                i++;
                return '\b';
            }
            default -> {
                if (e >= '1' && e <= '7') {
                    return octal(start, Math.min(p.length(), start + 4));
                }
                if (e == '8' || e == '9') {
                    throw new SyntaxProblem("bad escape \\" + e, start);
                }
                return commonEscape(start);
            }
        }
    }
}
