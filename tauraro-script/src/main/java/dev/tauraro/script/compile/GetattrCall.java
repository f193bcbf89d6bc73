package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.AttrSite;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyException;

/**
 * {@code getattr(obj, "name")} and {@code getattr(obj, "name", default)} with the name a constant:
 * when the callee is the builtin, the lookup takes an {@link AttrSite} as {@code obj.name} does (its
 * class lookup and the instance dict's layout cached), and a miss gives the default without an
 * exception being made. Which function the name holds is only known when the call runs (a module
 * may rebind {@code getattr}, or builtins be patched), so any other callee gets the general call.
 */
final class GetattrCall extends ExprNode {
    private final ExprNode fn;
    private final ExprNode obj;
    /** The default, or null for the two-argument form (which raises as {@code obj.name} does). */
    private final ExprNode fallback;
    private final AttrSite site;
    /** The builtin getattr last called here: one compare for the next call. */
    private Object builtin;

    GetattrCall(ExprNode fn, ExprNode obj, String name, ExprNode fallback) {
        this.fn = fn;
        this.obj = obj;
        this.fallback = fallback;
        this.site = new AttrSite(name);
    }

    @Override
    public Object eval(Frame f) {
        Object c = fn.eval(f);
        Object o = obj.eval(f);
        Object d = fallback == null ? null : fallback.eval(f);
        try {
            if (c != builtin && !isBuiltinGetattr(c)) {
                return Ops.callKw(c, d == null ? new Object[] {o, site.name()} : new Object[] {o, site.name(), d}, null);
            }
            builtin = c;
            if (d == null) {
                return site.get(o);
            }
            Object v = site.getOrNull(o);
            return v != null ? v : d;
        } catch (PyException e) {
            throw noted(e);
        }
    }

    private static boolean isBuiltinGetattr(Object c) {
        return c instanceof BuiltinFunction b && b.self() == null && b.name().equals("getattr")
                && "builtins".equals(b.module());
    }
}
