package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.runtime.PyNone;

/** What an expression is called in messages: "cannot assign to function call here", ... */
public final class ExprNames {
    private ExprNames() {
    }

    /** CPython's name for the kind of {@code e}: "literal", "attribute", "function call", "comparison", ... */
    public static String describe(Expr e) {
        if (e instanceof Expr.Const c) {
            Object v = c.value();
            return v instanceof Boolean || v == PyNone.NONE ? String.valueOf(v) : v == PyNone.ELLIPSIS ? "ellipsis"
                    : "literal";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.TupleExpr) {
            return "tuple";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.FString) {
            return "f-string expression";
        } else if (e instanceof Expr.Comp c) {
            return c.kind().equals("gen") ? "generator expression" : c.kind() + " comprehension";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.DictExpr) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression"; // operators: BinOp, UnaryOp, BoolOp
    }
}
