package dev.tauraro.script.compile;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Pattern;
import dev.tauraro.script.ast.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What a {@code case} pattern binds, checked as CPython checks it when compiling: the names in
 * binding order, the expressions it evaluates (values, classes, keys), and the errors of PEP 634
 * (a name bound twice, alternatives binding different names, an alternative that makes the
 * following ones unreachable, two starred names in one sequence).
 */
final class PatternNames {
    /** The names bound, in the order the pattern binds them (what capture slots are numbered by). */
    final List<String> names = new ArrayList<>();
    /** Expressions evaluated by the pattern, for the resolver to see their names. */
    final List<Expr> exprs = new ArrayList<>();
    private final BiFunction<Span, String, RuntimeException> error;

    private PatternNames(BiFunction<Span, String, RuntimeException> error) {
        this.error = error;
    }

    /** Walks {@code p}; {@code error} makes the SyntaxError to throw. */
    static PatternNames of(Pattern p, BiFunction<Span, String, RuntimeException> error) {
        PatternNames n = new PatternNames(error);
        n.walk(p, n.names);
        return n;
    }

    /** Whether {@code p} matches every subject (then no case may follow it unguarded). */
    static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.Capture c) {
            return c.inner() == null || irrefutable(c.inner());
        }
        if (p instanceof Pattern.Or o) {
            return irrefutable(o.alternatives().get(o.alternatives().size() - 1));
        }
        return false;
    }

    /** The words of CPython's "... makes remaining patterns unreachable" for an irrefutable pattern. */
    static String unreachable(Pattern p) {
        if (p instanceof Pattern.Capture c && c.inner() != null) {
            return unreachable(c.inner());
        }
        if (p instanceof Pattern.Or o) {
            return unreachable(o.alternatives().get(o.alternatives().size() - 1));
        }
        String name = ((Pattern.Capture) p).name();
        return (name == null ? "wildcard" : "name capture '" + name + "'") + " makes remaining patterns unreachable";
    }

    private void bind(String name, Span span, List<String> into) {
        if (name == null) {
            return;
        }
        if (into.contains(name)) {
            throw error.apply(span, "multiple assignments to name '" + name + "' in pattern");
        }
        into.add(name);
    }

    private void walk(Pattern p, List<String> into) {
        if (p instanceof Pattern.Value v) {
            exprs.add(v.value());
        } else if (p instanceof Pattern.Singleton) {
            // nothing bound, nothing evaluated
        } else if (p instanceof Pattern.Capture c) {
            if (c.inner() != null) {
                walk(c.inner(), into);
            }
            bind(c.name(), c.span(), into);
        } else if (p instanceof Pattern.Star s) {
            bind(s.name(), s.span(), into);
        } else if (p instanceof Pattern.Sequence s) {
            boolean starred = false;
            for (Pattern item : s.items()) {
                if (item instanceof Pattern.Star) {
                    if (starred) {
                        throw error.apply(item.span(), "multiple starred names in sequence pattern");
                    }
                    starred = true;
                }
                walk(item, into);
            }
        } else if (p instanceof Pattern.Mapping m) {
            exprs.addAll(m.keys());
            for (Pattern v : m.values()) {
                walk(v, into);
            }
            bind(m.rest(), m.span(), into);
        } else if (p instanceof Pattern.ClassPattern c) {
            exprs.add(c.cls());
            for (Pattern a : c.args()) {
                walk(a, into);
            }
            for (Pattern a : c.kwValues()) {
                walk(a, into);
            }
        } else if (p instanceof Pattern.Or o) {
            Set<String> first = null;
            List<Pattern> alts = o.alternatives();
            for (int i = 0; i < alts.size(); i++) {
                Pattern alt = alts.get(i);
                if (i < alts.size() - 1 && irrefutable(alt)) {
                    throw error.apply(alt.span(), unreachable(alt));
                }
                List<String> own = new ArrayList<>(into); // names bound before the alternative count
                walk(alt, own);
                Set<String> added = new LinkedHashSet<>(own.subList(into.size(), own.size()));
                if (first == null) {
                    first = added;
                } else if (!first.equals(added)) {
                    throw error.apply(o.span(), "alternative patterns bind different names");
                }
            }
            into.addAll(first);
        } else {
            throw new IllegalStateException("unexpected pattern: " + p);
        }
    }
}
