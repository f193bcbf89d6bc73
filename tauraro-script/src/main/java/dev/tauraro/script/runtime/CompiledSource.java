package dev.tauraro.script.runtime;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.syntax.SourceFile;
import java.util.List;

/**
 * What {@code compile()} returns: source parsed (and checked) once, in one of the modes
 * {@code 'exec'}, {@code 'eval'} or {@code 'single'}. Its nodes are made when it runs, because
 * compiled code binds global names to the cells of the module it runs in.
 *
 * <p>Differences from CPython: no bytecode attributes ({@code co_code}, {@code co_consts}, ...).
 */
public final class CompiledSource implements NativeValue {
    public final SourceFile src;
    public final String mode;
    /** The statements, for 'exec' and 'single'. */
    public final List<Stmt> body;
    /** The expression, for 'eval'. */
    public final Expr expr;

    public CompiledSource(SourceFile src, String mode, List<Stmt> body, Expr expr) {
        this.src = src;
        this.mode = mode;
        this.body = body;
        this.expr = expr;
    }

    @Override
    public PyClass type() {
        return CodeObject.TYPE;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "co_name", "co_qualname" -> "<module>";
            case "co_filename" -> src.name();
            case "co_firstlineno" -> 1L;
            case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals" -> 0L;
            case "co_varnames" -> PyTuple.EMPTY;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<code object <module> at 0x" + Ops.hexId(this) + ", file \""
                + src.name() + "\", line 1>";
    }
}
