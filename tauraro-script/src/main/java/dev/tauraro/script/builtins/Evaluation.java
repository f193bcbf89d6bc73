package dev.tauraro.script.builtins;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.compile.Compiler;
import dev.tauraro.script.runtime.BuiltinNamespace;
import dev.tauraro.script.runtime.CallDepth;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.CompiledSource;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The builtins that run code given at run time and look at namespaces: {@code exec}, {@code eval},
 * {@code compile}, {@code globals}, {@code locals}, {@code __import__}, {@code breakpoint} and
 * {@code help}.
 *
 * <p>Code runs in a module: in the caller's own when {@code exec}/{@code eval} get no globals or
 * the dict {@code globals()} returned; otherwise in a scratch module loaded from the given dicts,
 * whose names are written back to them when the code ends.
 *
 * <p>Differences from CPython: functions defined by code run against a plain dict keep that
 * scratch module as their globals, so they do not see later changes to the dict; {@code exec}
 * in a function writes its assignments to a discarded snapshot of the locals, as CPython's do
 * (a later {@code locals()} does not show them); no {@code __builtins__} key is added to the dicts;
 * {@code help} prints a short summary, not pydoc's pages; {@code breakpoint} has no debugger to start.
 */
final class Evaluation {
    private Evaluation() {
    }

    static Object exec(Object[] a, String[] k, Interpreter interp) {
        Object[] args = args("exec", a, k);
        run("exec", args[0], args[1], args[2], interp);
        return PyNone.NONE;
    }

    static Object eval(Object[] a, String[] k, Interpreter interp) {
        Object[] args = args("eval", a, k);
        return run("eval", args[0], args[1], args[2], interp);
    }

    static Object globals(Object[] a, String[] k) {
        noArgs("globals", a, k);
        Frame f = CallDepth.current().top;
        return f == null ? PyNone.NONE : f.module.dict();
    }

    static Object locals(Object[] a, String[] k) {
        noArgs("locals", a, k);
        Frame f = CallDepth.current().top;
        return f == null ? PyNone.NONE : f.locals();
    }

    static Object breakpoint(Interpreter interp) {
        if (!"0".equals(System.getenv("PYTHONBREAKPOINT"))) {
            interp.err().println("breakpoint(): tauraro has no debugger (pdb); the script goes on");
            interp.err().flush();
        }
        return PyNone.NONE;
    }

    static Object help(Object[] a, Interpreter interp) {
        Ops.call(interp.builtins().get("print"), a.length == 0 ? "Type help(object) for help about object. "
                + "(tauraro has no interactive help utility.)" : helpText(a[0]));
        return PyNone.NONE;
    }

    private static void noArgs(String name, Object[] a, String[] k) {
        if (a.length != 0 || k != null && k.length > 0) {
            throw Exceptions.typeError(name + "() takes no arguments (" + (a.length + (k == null ? 0 : k.length))
                    + " given)");
        }
    }

    /** source, globals, locals of exec/eval (positional, or by keyword since 3.13: refused as 3.11 does). */
    private static Object[] args(String name, Object[] a, String[] k) {
        int kw = k == null ? 0 : k.length;
        if (kw > 0 && !(name.equals("exec") && kw == 1 && k[0].equals("closure"))) {
            throw Exceptions.typeError(name + "() takes no keyword arguments");
        }
        int n = a.length - kw;
        if (n < 1 || n > 3) {
            throw Exceptions.typeError(n < 1 ? name + " expected at least 1 argument, got " + n
                    : name + " expected at most 3 arguments, got " + n);
        }
        Object[] out = {a[0], n > 1 ? a[1] : PyNone.NONE, n > 2 ? a[2] : PyNone.NONE};
        if (out[1] != PyNone.NONE && !(out[1] instanceof PyDict)) {
            throw Exceptions.typeError(name.equals("exec") ? "exec() globals must be a dict, not "
                    + Ops.typeName(out[1]) : "globals must be a dict");
        }
        if (out[2] != PyNone.NONE && !(out[2] instanceof Map)) {
            throw Exceptions.typeError(name.equals("exec") ? "locals must be a mapping" : "locals must be a mapping");
        }
        return out;
    }

    private static Object run(String name, Object source, Object globals, Object locals, Interpreter interp) {
        CompiledSource compiled;
        if (source instanceof CompiledSource c) {
            compiled = c; // any mode: eval of an 'exec' code object runs it and returns None, as CPython
        } else {
            String text = sourceText(name, source, name.equals("eval") ? "eval() arg 1 must be a string, bytes or "
                    + "code object" : "exec() arg 1 must be a string, bytes or code object");
            compiled = parse(new SourceFile("<string>", name.equals("eval") ? text.stripLeading() : text),
                    name.equals("eval") ? "eval" : "exec");
        }
        Frame caller = CallDepth.current().top;
        PyModule callerModule = caller != null ? caller.module : interp.importModule("__main__");
        PyDict g = globals instanceof PyDict d ? d : callerModule.dict();
        PyModule builtins = interp.importModule("builtins");
        if (globals instanceof PyDict d && !d.containsKey("__builtins__")) {
            d.put("__builtins__", builtins.dict()); // as CPython inserts them
        }
        Map<?, ?> l = locals instanceof Map<?, ?> m ? m
                : globals == PyNone.NONE && caller != null && caller.function != null ? caller.locals() : null;
        PyModule direct = PyModule.of(g);
        if (direct != null && (l == null || l == g)) {
            return execute(compiled, direct);
        }
        // a scratch module: the globals, then the locals over them; written back when done
        PyModule scratch = new PyModule("__main__", interp);
        scratch.useBuiltins(ownBuiltins(g.get("__builtins__"), builtins));
        scratch.dict().clear();
        g.forEach((key, v) -> scratch.set(Ops.str(key), v));
        if (l != null) {
            l.forEach((key, v) -> scratch.set(Ops.str(key), v));
        }
        try {
            return execute(compiled, scratch);
        } finally {
            writeBack(scratch.dict(), g, l);
        }
    }

    /**
     * The built-in names code run with {@code globals['__builtins__'] = b} finds, as CPython takes
     * them from there: a dict's items or a module's attributes (a copy, read when the code starts);
     * null for this interpreter's own ({@code builtins}, the module, or its dict).
     */
    private static BuiltinNamespace ownBuiltins(Object b, PyModule builtins) {
        Object names = b instanceof PyModule m ? (m == builtins ? null : m.dict()) : b;
        if (!(names instanceof Map<?, ?> map) || names == builtins.dict()) {
            return null;
        }
        BuiltinNamespace own = new BuiltinNamespace();
        map.forEach((k, v) -> {
            if (k instanceof String name) {
                own.put(name, v);
            }
        });
        return own;
    }

    /** Names the code bound or deleted go to the locals when there are some, else to the globals. */
    @SuppressWarnings("unchecked")
    private static void writeBack(PyDict result, PyDict g, Map<?, ?> l) {
        Map<Object, Object> target = l != null ? (Map<Object, Object>) l : g;
        for (Map.Entry<Object, Object> e : List.copyOf(result.entrySet())) {
            Object key = e.getKey();
            boolean fromLocals = l != null && l.containsKey(key);
            Object before = fromLocals ? l.get(key) : g.get(key);
            if (before != e.getValue()) {
                Ops.setItem(target, key, e.getValue());
            }
        }
        for (Object key : List.copyOf(target.keySet())) {
            if (!result.containsKey(key)) {
                target.remove(key);
            }
        }
    }

    private static Object execute(CompiledSource c, PyModule module) {
        Code code;
        try {
            code = compileIn(c, module);
        } catch (ScriptSyntaxError e) {
            throw syntaxError(e, c.src);
        }
        Frame f = new Frame(code.frameSize(), null, module);
        CallDepth depth = CallDepth.current();
        depth.push(f);
        try {
            code.body.exec(f);
        } catch (PyException e) {
            e.leaveFrame(c.src.name(), "<module>");
            throw e;
        } finally {
            depth.pop(f);
        }
        return c.mode.equals("eval") && f.ret != null ? f.ret : PyNone.NONE;
    }

    /** The code's nodes for {@code module}: an 'eval' expression or the last expression statement gives the value. */
    private static Code compileIn(CompiledSource c, PyModule module) {
        if (c.mode.equals("single")) {
            return Compiler.compileInteractive(c.src, c.body, module);
        }
        List<Stmt> body = c.mode.equals("eval") ? List.of(new Stmt.ExprStmt(c.expr, c.expr.span())) : c.body;
        return Compiler.compileModuleWithValue(c.src, body, module);
    }

    private static String sourceText(String name, Object source, String typeMessage) {
        String text;
        if (source instanceof String s) {
            text = s;
        } else if (source instanceof PyBytes b) {
            text = new String(b.bytes(), StandardCharsets.UTF_8);
        } else if (source instanceof dev.tauraro.script.runtime.PyDerived d && d.value instanceof String s) {
            text = s;
        } else {
            throw Exceptions.typeError(typeMessage);
        }
        if (text.indexOf('\0') >= 0) {
            throw Exceptions.newException(Exceptions.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        return text;
    }

    private static CompiledSource parse(SourceFile src, String mode) {
        try {
            if (mode.equals("eval")) {
                Expr e = Parser.parseExpression(src);
                return new CompiledSource(src, mode, List.of(), e);
            }
            // through the parse cache, as modules: the same text run again (dataclasses and
            // namedtuples generate their methods as source) is read back rather than parsed
            List<Stmt> body = dev.tauraro.script.syntax.AstCache.parse(src, "exec");
            return new CompiledSource(src, mode, body, null);
        } catch (ScriptSyntaxError e) {
            throw syntaxError(e, src);
        }
    }

    /** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1). */
    static Object compile(Object[] a, String[] k, Interpreter interp) {
        String[] names = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
        Object[] v = Arity.bind("compile", a, k, names, 3);
        if (v[0] instanceof CompiledSource c) {
            return c;
        }
        long flags = v[3] == null ? 0 : Ops.index(v[3]);
        boolean isText = v[0] instanceof String || v[0] instanceof PyBytes
                || v[0] instanceof dev.tauraro.script.runtime.PyDerived d && d.value instanceof String;
        if ((flags & ONLY_AST) != 0 || !isText && Ops.isInstance(v[0], astClass(interp))) {
            // lib/ast.py parses for PyCF_ONLY_AST, and gives a tree back as source text (its unparse):
            // line numbers in tracebacks are then those of that text, not of the tree's nodes
            Object r = Ops.callMethod(interp.importModule("ast"), "_compile_hook",
                    new Object[] {v[0], v[1] == null ? "<unknown>" : v[1], v[2], flags}, null);
            if ((flags & ONLY_AST) != 0) {
                return r;
            }
            v[0] = r;
        }
        String mode = Ops.str(v[2]);
        if (!(mode.equals("exec") || mode.equals("eval") || mode.equals("single"))) {
            throw Exceptions.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        String text = sourceText("compile", v[0], "compile() arg 1 must be a string, bytes or AST object");
        String file = v[1] instanceof PyBytes b ? new String(b.bytes(), StandardCharsets.UTF_8) : Ops.str(v[1]);
        SourceFile src = new SourceFile(file, mode.equals("eval") ? text.stripLeading() : text);
        CompiledSource c = parse(src, mode);
        // scope errors are compile-time errors too: check them now against a throwaway module
        try {
            PyModule scratch = new PyModule("<compile>", interp);
            compileIn(c, scratch);
        } catch (ScriptSyntaxError e) {
            throw syntaxError(e, src);
        }
        return c;
    }

    /** ast.PyCF_ONLY_AST: compile() returns the tree. */
    private static final long ONLY_AST = 0x400;

    private static dev.tauraro.script.runtime.PyClass astClass(Interpreter interp) {
        return (dev.tauraro.script.runtime.PyClass) interp.importModule("ast").get("AST");
    }

    /** A parse or scope error as the script's SyntaxError, with CPython's attributes. */
    static PyException syntaxError(ScriptSyntaxError e, SourceFile src) {
        String text = e.line() > 0 ? src.lineText(e.line()) : null;
        Object textValue = text == null ? PyNone.NONE : text + "\n";
        // The marked range's end; a one-caret error marks one column, as its caret shows.
        long endOffset = e.endColumn() > e.column() ? e.endColumn() : e.column() + 1;
        PyTuple details = new PyTuple(new Object[] {src.name(), (long) e.line(), (long) e.column(), textValue,
            (long) e.line(), endOffset});
        PyException p = Exceptions.newException(e.kind().equals("IndentationError") ? Exceptions.INDENTATION_ERROR
                : Exceptions.SYNTAX_ERROR, e.getMessage(), details);
        Ops.setAttr(p.value, "msg", e.getMessage());
        Ops.setAttr(p.value, "filename", src.name());
        Ops.setAttr(p.value, "lineno", (long) e.line());
        Ops.setAttr(p.value, "offset", (long) e.column());
        Ops.setAttr(p.value, "text", textValue);
        Ops.setAttr(p.value, "end_lineno", (long) e.line());
        Ops.setAttr(p.value, "end_offset", endOffset);
        return p;
    }

    /** A short summary of {@code o}: its kind and name, then its docstring indented. */
    private static String helpText(Object o) {
        Object name = Ops.getAttrOrNull(o, "__name__");
        Object doc = Ops.getAttrOrNull(o, "__doc__");
        StringBuilder sb = new StringBuilder("Help on ").append(Ops.typeName(o));
        if (name instanceof String n) {
            sb.append(' ').append(n);
        }
        sb.append(":\n");
        if (doc instanceof String d) {
            for (String line : d.strip().split("\n")) {
                sb.append("\n    ").append(line.strip());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** __import__(name, globals=None, locals=None, fromlist=(), level=0). */
    static Object importModule(Object[] a, String[] k, Interpreter interp) {
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        Object[] v = Arity.bind("__import__", a, k, names, 1);
        if (!(v[0] instanceof String name)) {
            throw Exceptions.typeError("__import__() argument 1 must be str, not " + Ops.typeName(v[0]));
        }
        long level = v[4] == null ? 0 : Ops.index(v[4]);
        if (level < 0) {
            throw Exceptions.valueError("level must be >= 0");
        }
        if (level > 0) {
            throw Exceptions.newException(Exceptions.IMPORT_ERROR, "attempted relative import with no known parent "
                    + "package");
        }
        if (name.isEmpty()) {
            throw Exceptions.valueError("Empty module name");
        }
        PyModule m = interp.importModule(name);
        boolean fromList = v[3] != null && v[3] != PyNone.NONE && Ops.truthy(v[3]);
        return fromList || !name.contains(".") ? m : interp.importModule(name.substring(0, name.indexOf('.')));
    }
}
