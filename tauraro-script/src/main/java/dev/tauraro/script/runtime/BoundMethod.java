package dev.tauraro.script.runtime;

/** A function bound to its first argument: {@code obj.method}. */
public final class BoundMethod implements PyCallable {
    public final Object self;
    public final Object function;

    public BoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (function instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.callKw(function, all, kwnames);
    }

    @Override
    public String toString() {
        String name = function instanceof PyFunction f ? f.qualname : String.valueOf(function);
        return "<bound method " + name + " of " + Ops.repr(self) + ">";
    }
}
