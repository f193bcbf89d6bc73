package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.List;

/** Splitting exception groups for {@code except*}, as {@code BaseExceptionGroup.split} does. */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static PyBaseException group(String message, List<PyBaseException> exceptions) {
        boolean allExceptions = exceptions.stream().allMatch(e -> e.type().isSubclassOf(Exceptions.EXCEPTION));
        PyClass type = allExceptions ? Exceptions.EXCEPTION_GROUP : Exceptions.BASE_EXCEPTION_GROUP;
        return new PyBaseException(type, message, new PyList(exceptions));
    }

    public static List<PyBaseException> members(PyBaseException group) {
        List<PyBaseException> out = new ArrayList<>();
        for (Object o : Ops.toList(group.args.get(1))) {
            out.add((PyBaseException) o);
        }
        return out;
    }

    private static boolean matches(PyBaseException e, Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) {
                if (matches(e, x)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof PyClass c) {
            return e.type().isSubclassOf(c);
        }
        return Ops.truthy(Ops.call(type, e)); // a predicate, as split()/subgroup() accept
    }

    /** {matching part or null, rest or null}; nested groups keep their structure and message. */
    public static PyBaseException[] split(PyBaseException group, Object type) {
        if (matches(group, type)) {
            return new PyBaseException[] {group, null};
        }
        List<PyBaseException> match = new ArrayList<>();
        List<PyBaseException> rest = new ArrayList<>();
        for (PyBaseException e : members(group)) {
            if (e.type().isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP)) {
                PyBaseException[] parts = split(e, type);
                if (parts[0] != null) {
                    match.add(parts[0]);
                }
                if (parts[1] != null) {
                    rest.add(parts[1]);
                }
            } else if (matches(e, type)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        String message = Ops.str(group.args.get(0));
        return new PyBaseException[] {match.isEmpty() ? null : derive(group, message, match),
            rest.isEmpty() ? null : derive(group, message, rest)};
    }

    /**
     * The part of {@code group} whose leaf exceptions are leaves of {@code parts} (by identity),
     * in the group's own structure: {@code group} itself when nothing is left out, null when
     * nothing is kept. What CPython's except* re-raises of an original group.
     */
    public static PyBaseException project(PyBaseException group, List<PyBaseException> parts) {
        java.util.Set<PyBaseException> leaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PyBaseException p : parts) {
            addLeaves(p, leaves);
        }
        return keep(group, leaves);
    }

    private static boolean isGroup(PyBaseException e) {
        return e.type().isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP) && e.args.size() == 2;
    }

    private static void addLeaves(PyBaseException e, java.util.Set<PyBaseException> leaves) {
        if (isGroup(e)) {
            for (PyBaseException m : members(e)) {
                addLeaves(m, leaves);
            }
        } else {
            leaves.add(e);
        }
    }

    private static PyBaseException keep(PyBaseException e, java.util.Set<PyBaseException> leaves) {
        if (!isGroup(e)) {
            return leaves.contains(e) ? e : null;
        }
        List<PyBaseException> members = members(e);
        List<PyBaseException> kept = new ArrayList<>();
        for (PyBaseException m : members) {
            PyBaseException k = keep(m, leaves);
            if (k != null) {
                kept.add(k);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        boolean whole = kept.size() == members.size();
        for (int i = 0; whole && i < kept.size(); i++) {
            whole = kept.get(i) == members.get(i);
        }
        return whole ? e : derive(e, Ops.str(e.args.get(0)), kept);
    }

    private static PyBaseException derive(PyBaseException original, String message, List<PyBaseException> parts) {
        PyBaseException g = group(message, parts);
        g.traceback.addAll(original.traceback);
        g.cause = original.cause;
        g.context = original.context;
        g.suppressContext = original.suppressContext;
        Object notes = original.getOwn("__notes__");
        if (notes instanceof PyList l) {
            g.setOwn("__notes__", new PyList(new ArrayList<>(l))); // a copy, as CPython's split makes
        } else if (notes != null) {
            g.setOwn("__notes__", notes);
        }
        return g;
    }
}
