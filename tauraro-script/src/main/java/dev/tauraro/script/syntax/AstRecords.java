package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Params;
import dev.tauraro.script.ast.Pattern;
import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Makes a syntax tree record from its binary class name (within the {@code ast} package) and its
 * components in declaration order, for {@link AstCache}'s reader. Plain constructor calls rather
 * than reflection: {@code Constructor.newInstance} generates an accessor class per record type after
 * a few calls (on JDK 17; method handles on later JDKs), none of them in the class-data archive,
 * and that was about a third of the time spent reading cached trees at start-up.
 * {@code AstRecordsTest} checks that every record of the {@code ast} package is here.
 */
final class AstRecords {
    static final String PACKAGE = Stmt.class.getPackageName() + ".";

    private AstRecords() {
    }

    /** The record; IOException for a name that is not a syntax tree record, ClassCastException for bad components. */
    static Object make(String name, Object[] a) throws IOException {
        return switch (name) {
            case "Expr$Name" -> new Expr.Name((String) a[0], (Span) a[1]);
            case "Expr$Const" -> new Expr.Const(a[0], (Span) a[1]);
            case "Expr$FString" -> new Expr.FString(list(a[0]), (Span) a[1]);
            case "Expr$Formatted" -> new Expr.Formatted((Expr) a[0], (char) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$BinOp" -> new Expr.BinOp((Expr) a[0], (String) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$UnaryOp" -> new Expr.UnaryOp((String) a[0], (Expr) a[1], (Span) a[2]);
            case "Expr$BoolOp" -> new Expr.BoolOp((String) a[0], list(a[1]), (Span) a[2]);
            case "Expr$Compare" -> new Expr.Compare((Expr) a[0], list(a[1]), list(a[2]), (Span) a[3]);
            case "Expr$Arg" -> new Expr.Arg((String) a[0], (Expr) a[1], (boolean) a[2], (boolean) a[3]);
            case "Expr$Call" -> new Expr.Call((Expr) a[0], list(a[1]), (Span) a[2]);
            case "Expr$Attribute" -> new Expr.Attribute((Expr) a[0], (String) a[1], (Span) a[2]);
            case "Expr$Subscript" -> new Expr.Subscript((Expr) a[0], (Expr) a[1], (Span) a[2]);
            case "Expr$Slice" -> new Expr.Slice((Expr) a[0], (Expr) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$ListExpr" -> new Expr.ListExpr(list(a[0]), (Span) a[1]);
            case "Expr$TupleExpr" -> new Expr.TupleExpr(list(a[0]), (Span) a[1]);
            case "Expr$SetExpr" -> new Expr.SetExpr(list(a[0]), (Span) a[1]);
            case "Expr$DictExpr" -> new Expr.DictExpr(list(a[0]), list(a[1]), (Span) a[2]);
            case "Expr$Starred" -> new Expr.Starred((Expr) a[0], (Span) a[1]);
            case "Expr$IfExp" -> new Expr.IfExp((Expr) a[0], (Expr) a[1], (Expr) a[2], (Span) a[3]);
            case "Expr$Lambda" -> new Expr.Lambda((Params) a[0], (Expr) a[1], (Span) a[2]);
            case "Expr$Comprehension" -> new Expr.Comprehension((Expr) a[0], (Expr) a[1], list(a[2]), (boolean) a[3]);
            case "Expr$Comp" ->
                    new Expr.Comp((String) a[0], (Expr) a[1], (Expr) a[2], (Expr) a[3], list(a[4]), (Span) a[5]);
            case "Expr$Await" -> new Expr.Await((Expr) a[0], (Span) a[1]);
            case "Expr$Yield" -> new Expr.Yield((Expr) a[0], (Span) a[1]);
            case "Expr$YieldFrom" -> new Expr.YieldFrom((Expr) a[0], (Span) a[1]);
            case "Expr$NamedExpr" -> new Expr.NamedExpr((Expr.Name) a[0], (Expr) a[1], (Span) a[2]);
            case "Stmt$ExprStmt" -> new Stmt.ExprStmt((Expr) a[0], (Span) a[1]);
            case "Stmt$Assign" -> new Stmt.Assign(list(a[0]), (Expr) a[1], (Span) a[2]);
            case "Stmt$AugAssign" -> new Stmt.AugAssign((Expr) a[0], (String) a[1], (Expr) a[2], (Span) a[3]);
            case "Stmt$AnnAssign" -> new Stmt.AnnAssign((Expr) a[0], (Expr) a[1], (Expr) a[2], (Span) a[3]);
            case "Stmt$Pass" -> new Stmt.Pass((Span) a[0]);
            case "Stmt$Break" -> new Stmt.Break((Span) a[0]);
            case "Stmt$Continue" -> new Stmt.Continue((Span) a[0]);
            case "Stmt$Return" -> new Stmt.Return((Expr) a[0], (Span) a[1]);
            case "Stmt$Raise" -> new Stmt.Raise((Expr) a[0], (Expr) a[1], (Span) a[2]);
            case "Stmt$Global" -> new Stmt.Global(list(a[0]), (Span) a[1]);
            case "Stmt$Nonlocal" -> new Stmt.Nonlocal(list(a[0]), (Span) a[1]);
            case "Stmt$Del" -> new Stmt.Del(list(a[0]), (Span) a[1]);
            case "Stmt$Assert" -> new Stmt.Assert((Expr) a[0], (Expr) a[1], (Span) a[2]);
            case "Stmt$If" -> new Stmt.If((Expr) a[0], list(a[1]), list(a[2]), (Span) a[3]);
            case "Stmt$While" -> new Stmt.While((Expr) a[0], list(a[1]), list(a[2]), (Span) a[3]);
            case "Stmt$For" ->
                    new Stmt.For((Expr) a[0], (Expr) a[1], list(a[2]), list(a[3]), (boolean) a[4], (Span) a[5]);
            case "Stmt$Handler" ->
                    new Stmt.Handler((Expr) a[0], (String) a[1], list(a[2]), (Span) a[3], (boolean) a[4]);
            case "Stmt$Try" -> new Stmt.Try(list(a[0]), list(a[1]), list(a[2]), list(a[3]), (Span) a[4]);
            case "Stmt$WithItem" -> new Stmt.WithItem((Expr) a[0], (Expr) a[1]);
            case "Stmt$With" -> new Stmt.With(list(a[0]), list(a[1]), (boolean) a[2], (Span) a[3]);
            case "Stmt$FunctionDef" ->
                    new Stmt.FunctionDef((String) a[0], (Params) a[1], list(a[2]), list(a[3]), (boolean) a[4], (Span) a[5]);
            case "Stmt$ClassDef" -> new Stmt.ClassDef((String) a[0], list(a[1]), list(a[2]), list(a[3]), (Span) a[4]);
            case "Stmt$Match" -> new Stmt.Match((Expr) a[0], list(a[1]), (Span) a[2]);
            case "Stmt$MatchCase" -> new Stmt.MatchCase((Pattern) a[0], (Expr) a[1], list(a[2]), (Span) a[3]);
            case "Stmt$Alias" -> new Stmt.Alias((String) a[0], (String) a[1]);
            case "Stmt$Import" -> new Stmt.Import(list(a[0]), (Span) a[1]);
            case "Stmt$ImportFrom" -> new Stmt.ImportFrom((String) a[0], (int) a[1], list(a[2]), (Span) a[3]);
            case "Pattern$Value" -> new Pattern.Value((Expr) a[0], (Span) a[1]);
            case "Pattern$Singleton" -> new Pattern.Singleton(a[0], (Span) a[1]);
            case "Pattern$Capture" -> new Pattern.Capture((Pattern) a[0], (String) a[1], (Span) a[2]);
            case "Pattern$Star" -> new Pattern.Star((String) a[0], (Span) a[1]);
            case "Pattern$Sequence" -> new Pattern.Sequence(list(a[0]), (Span) a[1]);
            case "Pattern$Mapping" -> new Pattern.Mapping(list(a[0]), list(a[1]), (String) a[2], (Span) a[3]);
            case "Pattern$ClassPattern" ->
                    new Pattern.ClassPattern((Expr) a[0], list(a[1]), list(a[2]), list(a[3]), (Span) a[4]);
            case "Pattern$Or" -> new Pattern.Or(list(a[0]), (Span) a[1]);
            case "Params" ->
                    new Params(list(a[0]), list(a[1]), (String) a[2], list(a[3]), list(a[4]), (String) a[5], (int) a[6], map(a[7]));
            default -> throw new IOException("not a syntax tree record: " + PACKAGE + name);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o) {
        return (List<T>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Expr> map(Object o) {
        return (Map<String, Expr>) o;
    }
}
