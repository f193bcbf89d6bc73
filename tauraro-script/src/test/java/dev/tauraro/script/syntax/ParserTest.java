package dev.tauraro.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static List<Stmt> parse(String text) {
        return Parser.parseFile(new SourceFile("t.py", text));
    }

    private static ScriptSyntaxError error(String text) {
        try {
            parse(text);
        } catch (ScriptSyntaxError e) {
            return e;
        }
        throw new AssertionError("expected a syntax error for: " + text);
    }

    @Test
    void parsesAfterSyntaxErrorsAndNestedFStringsGiveTheSameTreesAsTheFirstParse() {
        // Grammars are reused across parses on a thread: nothing of one parse may leak into the next.
        String text = "def f(a, *, b=2):\n    return f\"{a!r:>{b}} {[x for x in (1, 2)]}\"\nprint(f(1))\n";
        String first = parse(text).toString();
        assertThat(error("def g(a=1, b):\n    pass\n").getMessage())
                .contains("non-default argument follows default argument");
        assertThat(error("x = (1,\n").getMessage()).isNotEmpty();
        assertThat(error("f'{(lambda a=1, b: 0)}'\n").getMessage())
                .isEqualTo("f-string: non-default argument follows default argument");
        assertThat(parse(text).toString()).isEqualTo(first);
        assertThat(parse("y = f'{f\"{1}\"}'\n")).hasSize(1);
        assertThat(parse(text).toString()).isEqualTo(first);
    }

    @Test
    void nestedBlocksCloseOnDedentsOfSeveralLevelsAtOnce() {
        List<Stmt> body = parse("if a:\n    if b:\n        x = 1\ny = 2\n");
        assertThat(body).hasSize(2);
        Stmt.If outer = (Stmt.If) body.get(0);
        assertThat(((Stmt.If) outer.body().get(0)).body()).hasSize(1);
        assertThat(body.get(1)).isInstanceOf(Stmt.Assign.class);
    }

    @Test
    void blankLinesCommentsAndMissingFinalNewlineDoNotChangeTheStructure() {
        List<Stmt> body = parse("def f():\n\n    # comment\n    return 1   # trailing\n\n\n\nprint(f())");
        assertThat(body).hasSize(2);
        assertThat(((Stmt.FunctionDef) body.get(0)).body()).hasSize(1);
    }

    @Test
    void bracketsAndBackslashesJoinPhysicalLines() {
        List<Stmt> body = parse("x = [1,\n  2,\n        3]\ny = 1 + \\\n    2\n");
        assertThat(body).hasSize(2);
        assertThat(((Expr.ListExpr) ((Stmt.Assign) body.get(0)).value()).elts()).hasSize(3);
        assertThat(body.get(1).span().line()).isEqualTo(4);
    }

    @Test
    void tabsIndentToTheNextMultipleOfEight() {
        List<Stmt> body = parse("if a:\n\tx = 1\n        y = 2\n");
        assertThat(((Stmt.If) body.get(0)).body()).hasSize(2);
    }

    @Test
    void triplequotedStringsMaySpanLinesInsideIndentedBlocks() {
        List<Stmt> body = parse("def f():\n    s = '''a\nb\n  c'''\n    return s\n");
        Stmt.Assign a = (Stmt.Assign) ((Stmt.FunctionDef) body.get(0)).body().get(0);
        assertThat(((Expr.Const) a.value()).value()).isEqualTo("a\nb\n  c");
    }

    @Test
    void simpleStatementsSeparatedBySemicolonsAndOneLineBodies() {
        List<Stmt> body = parse("a = 1; b = 2\nif a: print(a); print(b)\n");
        assertThat(body).hasSize(3);
        assertThat(((Stmt.If) body.get(2)).body()).hasSize(2);
    }

    @Test
    void operatorPrecedenceFollowsPython() {
        Stmt.ExprStmt s = (Stmt.ExprStmt) parse("1 + 2 * 3 ** -2\n").get(0);
        Expr.BinOp add = (Expr.BinOp) s.value();
        assertThat(add.op()).isEqualTo("+");
        Expr.BinOp mul = (Expr.BinOp) add.right();
        assertThat(mul.op()).isEqualTo("*");
        assertThat(((Expr.BinOp) mul.right()).op()).isEqualTo("**");
    }

    @Test
    void fStringsSplitIntoLiteralsAndFormattedFields() {
        Stmt.ExprStmt s = (Stmt.ExprStmt) parse("f'a{x!r:>{w}}b{{c}}'\n").get(0);
        Expr.FString f = (Expr.FString) s.value();
        assertThat(f.parts()).hasSize(3);
        Expr.Formatted field = (Expr.Formatted) f.parts().get(1);
        assertThat(field.conversion()).isEqualTo('r');
        assertThat(field.spec()).isInstanceOf(Expr.FString.class);
        assertThat(((Expr.Const) f.parts().get(2)).value()).isEqualTo("b{c}");
    }

    @Test
    void unexpectedIndentIsAnIndentationError() {
        ScriptSyntaxError e = error("x = 1\n    y = 2\n");
        assertThat(e.kind()).isEqualTo("IndentationError");
        assertThat(e.getMessage()).isEqualTo("unexpected indent");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void missingBlockNamesTheStatementThatNeededIt() {
        ScriptSyntaxError e = error("for x in y:\nprint(x)\n");
        assertThat(e.getMessage()).isEqualTo("expected an indented block after 'for' statement on line 1");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void inconsistentDedentIsReported() {
        ScriptSyntaxError e = error("if a:\n        x = 1\n    y = 2\n");
        assertThat(e.getMessage()).isEqualTo("unindent does not match any outer indentation level");
    }

    @Test
    void unclosedBracketAndStringAreReportedWhereTheyStart() {
        assertThat(error("x = (1,\n2\n").getMessage()).isEqualTo("'(' was never closed");
        ScriptSyntaxError s = error("x = 1\ny = 'abc\n");
        assertThat(s.getMessage()).isEqualTo("unterminated string literal (detected at line 2)");
        assertThat(s.column()).isEqualTo(5);
    }

    @Test
    void invalidSyntaxPointsAtTheOffendingToken() {
        ScriptSyntaxError e = error("x = 1 +\n");
        assertThat(e.getMessage()).isEqualTo("invalid syntax");
        assertThat(e.format()).startsWith("  File \"t.py\", line 1\n    x = 1 +\n");
        assertThat(e.format()).endsWith("SyntaxError: invalid syntax\n");
    }

    @Test
    void keywordsAreNotNames() {
        assertThatThrownBy(() -> parse("class = 3\n")).isInstanceOf(ScriptSyntaxError.class);
        assertThat(parse("classes = 3\nif_ = 1\n")).hasSize(2);
    }
}
