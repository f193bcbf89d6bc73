package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Params;
import dev.tauraro.script.ast.Pattern;
import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parboiled.BaseParser;
import org.parboiled.Rule;
import org.parboiled.annotations.SuppressNode;
import org.parboiled.support.Var;

/**
 * The Parboiled grammar of the script language. It reads the output of {@link Indenter} (logical
 * lines with INDENT/DEDENT markers) and builds AST nodes on the value stack; nothing else.
 *
 * <p>Actions may only use package-visible members: Parboiled generates them as classes of this
 * package. String concatenation inside actions is safe only because the module compiles with
 * {@code -XDstringConcat=inline}.
 */
@SuppressWarnings({"InfiniteRecursion", "unchecked"})
class PyGrammar extends BaseParser<Object> {
    /** Set before each run: maps an index of the indented text to an original offset. */
    int[] offsets;
    SourceFile src;
    /** Parses f-string replacement fields; set by {@link Parser}. */
    FStrings fstrings;
    /** The first error found by an action (the parse itself goes on). */
    ScriptSyntaxError firstError;

    /** Lets Parboiled define its generated classes on JDK 17+. */
    public static MethodHandles.Lookup lookup() {
        return MethodHandles.lookup();
    }

    // ================================================================ files and statements

    public Rule File() {
        return Sequence(push(new ArrayList<Stmt>()), ZeroOrMore(Statement()), EOI);
    }

    /** Entry point for an f-string replacement field's expression. */
    public Rule FieldExpr() {
        return Sequence(Spacing(), TestListStarExpr(), Spacing(), EOI);
    }

    /** Parses one statement and appends it (or them, for {@code a; b}) to the list on top. */
    Rule Statement() {
        return FirstOf(Sequence(CompoundStmt(), addTo()), SimpleStmtLine());
    }

    Rule SimpleStmtLine() {
        return Sequence(SimpleStmt(), addTo(), ZeroOrMore(Sequence(SEMI(), SimpleStmt(), addTo())),
                Optional(SEMI()), NEWLINE());
    }

    /** The indented (or same-line) body after a colon: pushes a list of statements. */
    Rule Block() {
        return FirstOf(
                Sequence(NEWLINE(), INDENT(), push(new ArrayList<Stmt>()), OneOrMore(Statement()), DEDENT()),
                Sequence(push(new ArrayList<Stmt>()), SimpleStmtLine()));
    }

    Rule CompoundStmt() {
        return FirstOf(IfStmt(), WhileStmt(), ForStmt(false), TryStmt(), WithStmt(false), FuncDef(false),
                ClassDef(), Decorated(), AsyncStmt(), MatchStmt());
    }

    Rule AsyncStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("async"),
                FirstOf(FuncDef(true), ForStmt(true), WithStmt(true)), reSpan(start.get()));
    }

    Rule IfStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("if"), NamedExprTest(), COLON(), Block(),
                IfTail(), push(ifStmt(start.get())));
    }

    /** Pushes the else-branch list of an if/elif chain (empty when absent). */
    Rule IfTail() {
        Var<Integer> start = new Var<>();
        return FirstOf(
                Sequence(start.set(currentIndex()), Keyword("elif"), NamedExprTest(), COLON(), Block(), IfTail(),
                        push(listOf(ifStmt(start.get())))),
                Sequence(Keyword("else"), COLON(), Block()),
                push(new ArrayList<Stmt>()));
    }

    Rule WhileStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("while"), NamedExprTest(), COLON(), Block(),
                ElseBlock(), push(whileStmt(start.get())));
    }

    Rule ElseBlock() {
        return FirstOf(Sequence(Keyword("else"), COLON(), Block()), push(new ArrayList<Stmt>()));
    }

    Rule ForStmt(boolean isAsync) {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("for"), TargetList(), Keyword("in"), StarExpressions(),
                COLON(), Block(), ElseBlock(), push(forStmt(isAsync, start.get())));
    }

    Rule TryStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("try"), COLON(), Block(),
                push(new ArrayList<Stmt.Handler>()),
                FirstOf(
                        Sequence(OneOrMore(Handler(), addTo()), ElseBlock(), FinallyBlock()),
                        Sequence(push(new ArrayList<Stmt>()), Keyword("finally"), COLON(), Block())),
                push(tryStmt(start.get())));
    }

    Rule FinallyBlock() {
        return FirstOf(Sequence(Keyword("finally"), COLON(), Block()), push(new ArrayList<Stmt>()));
    }

    Rule Handler() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("except"),
                FirstOf(Sequence(Op("*", ""), push(Boolean.TRUE)), push(Boolean.FALSE)),
                FirstOf(
                        Sequence(Test(), FirstOf(Sequence(Keyword("as"), Name()), push(""))),
                        Sequence(push(NOTHING), push(""))),
                COLON(), Block(), push(handler(start.get())));
    }

    Rule WithStmt(boolean isAsync) {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("with"), push(new ArrayList<Stmt.WithItem>()),
                FirstOf(
                        Sequence(LPAR(), WithItem(), ZeroOrMore(COMMA(), WithItem()), Optional(COMMA()), RPAR(),
                                Test(COLON())),
                        Sequence(WithItem(), ZeroOrMore(COMMA(), WithItem()))),
                COLON(), Block(), push(withStmt(isAsync, start.get())));
    }

    Rule WithItem() {
        return Sequence(Test(), FirstOf(Sequence(Keyword("as"), Target()), push(NOTHING)), addWithItem());
    }

    Rule FuncDef(boolean isAsync) {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("def"), Name(), LPAR(), push(new ParamsBuilder()),
                Optional(TypedParams()), RPAR(), Optional(Sequence(Op("->", ""), Test(), returnAnnotation())), COLON(),
                Block(), push(funcDef(isAsync, start.get())));
    }

    Rule TypedParams() {
        return Sequence(TypedParam(), ZeroOrMore(COMMA(), TypedParam()), Optional(COMMA()));
    }

    Rule TypedParam() {
        Var<Integer> name = new Var<>();
        return FirstOf(
                Sequence(name.set(currentIndex()), Op("**", ""), paramAt(), Name(), Optional(Annotation()),
                        paramKwargs(name.get())),
                Sequence(paramAt(), STAR(), FirstOf(Sequence(name.set(currentIndex()), Name(), Optional(Annotation()),
                        paramVarargs(name.get())), paramStar())),
                Sequence(paramAt(), Op("/", "/="), paramSlash()),
                Sequence(paramAt(), Name(), Optional(Annotation()),
                        FirstOf(Sequence(ASSIGN(), Test(), paramDefault()), paramPlain())));
    }

    Rule Annotation() {
        return Sequence(COLON(), Test(), annotate());
    }

    Rule LambdaParams() {
        return Sequence(LambdaParam(), ZeroOrMore(COMMA(), LambdaParam()), Optional(COMMA()));
    }

    Rule LambdaParam() {
        Var<Integer> name = new Var<>();
        return FirstOf(
                Sequence(name.set(currentIndex()), Op("**", ""), paramAt(), Name(), paramKwargs(name.get())),
                Sequence(paramAt(), STAR(), FirstOf(Sequence(name.set(currentIndex()), Name(),
                        paramVarargs(name.get())), paramStar())),
                Sequence(paramAt(), Op("/", "/="), paramSlash()),
                Sequence(paramAt(), Name(), FirstOf(Sequence(ASSIGN(), Test(), paramDefault()), paramPlain())));
    }

    Rule ClassDef() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("class"), Name(),
                FirstOf(CallArgs(),
                        push(new ArrayList<Expr.Arg>())),
                COLON(), Block(), push(classDef(start.get())));
    }

    Rule Decorated() {
        return Sequence(push(new ArrayList<Expr>()),
                OneOrMore(Sequence(Ch('@'), Spacing(), NamedExprTest(), NEWLINE(), addTo())),
                FirstOf(ClassDef(), FuncDef(false), AsyncStmt()), push(decorate()));
    }

    // ---------------------------------------------------------------- match statements (PEP 634)

    /**
     * {@code match} and {@code case} are soft keywords: a line that does not parse as a match
     * statement is read again as an ordinary statement ({@code match = re.match(...)}).
     */
    Rule MatchStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("match"), TestListStarExpr(), COLON(), NEWLINE(),
                INDENT(), push(new ArrayList<Stmt.MatchCase>()), OneOrMore(CaseBlock(), addTo()), DEDENT(),
                push(matchStmt(start.get())));
    }

    Rule CaseBlock() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("case"), OpenPatterns(),
                FirstOf(Sequence(Keyword("if"), NamedExprTest()), push(NOTHING)), COLON(), Block(),
                push(matchCase(start.get())));
    }

    /** The pattern after {@code case}: a top-level comma makes a sequence pattern without brackets. */
    Rule OpenPatterns() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), MaybeStarPattern(), FirstOf(
                Sequence(COMMA(), push(listOf(pop())), Optional(PatternItems()),
                        push(new Pattern.Sequence((List<Pattern>) pop(), sp(start.get())))),
                notStar()));
    }

    /** More items of a sequence pattern, appended to the list on top. */
    Rule PatternItems() {
        return Sequence(MaybeStarPattern(), addTo(), ZeroOrMore(COMMA(), MaybeStarPattern(), addTo()),
                Optional(COMMA()));
    }

    Rule MaybeStarPattern() {
        Var<Integer> start = new Var<>();
        return FirstOf(Sequence(start.set(currentIndex()), STAR(), Name(), push(starPattern(start.get()))),
                AsPattern());
    }

    Rule AsPattern() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), OrPattern(),
                Optional(Sequence(Keyword("as"), Name(), push(asPattern(start.get())))));
    }

    Rule OrPattern() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), ClosedPattern(), Optional(Sequence(push(listOf(pop())),
                OneOrMore(Op("|", "="), ClosedPattern(), addTo()),
                push(new Pattern.Or((List<Pattern>) pop(), sp(start.get()))))));
    }

    Rule ClosedPattern() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                Sequence(Keyword("None"), push(new Pattern.Singleton(dev.tauraro.script.runtime.PyNone.NONE,
                        sp(start.get())))),
                Sequence(Keyword("True"), push(new Pattern.Singleton(Boolean.TRUE, sp(start.get())))),
                Sequence(Keyword("False"), push(new Pattern.Singleton(Boolean.FALSE, sp(start.get())))),
                Sequence(LiteralValue(), push(new Pattern.Value((Expr) pop(), sp(start.get())))),
                Sequence(PatternName(start), FirstOf(
                        Sequence(LPAR(), push(new ArrayList<Pattern>()), push(new ArrayList<String>()),
                                push(new ArrayList<Pattern>()), Optional(ClassArgs()), RPAR(),
                                push(classPattern(start.get()))),
                        push(nameOrValuePattern(start.get())))),
                Sequence(LPAR(), FirstOf(
                        Sequence(RPAR(), push(new Pattern.Sequence(empty(), sp(start.get())))),
                        Sequence(MaybeStarPattern(), FirstOf(
                                Sequence(RPAR(), notStar()),
                                Sequence(COMMA(), push(listOf(pop())), Optional(PatternItems()), RPAR(),
                                        push(new Pattern.Sequence((List<Pattern>) pop(), sp(start.get())))))))),
                Sequence(LBRACK(), push(new ArrayList<Pattern>()), Optional(PatternItems()), RBRACK(),
                        push(new Pattern.Sequence((List<Pattern>) pop(), sp(start.get())))),
                MappingPattern()));
    }

    /** A signed number, a complex literal such as {@code -1+2j}, or a (non-f) string. */
    Rule LiteralValue() {
        Var<Integer> start = new Var<>();
        return FirstOf(
                Sequence(start.set(currentIndex()), FirstOf(
                        Sequence(Op("-", "="), Number(), push(new Expr.UnaryOp("-", (Expr) pop(), sp(start.get())))),
                        Number()),
                        Optional(Sequence(FirstOf(Sequence(Op("+", "="), push("+")), Sequence(Op("-", "="), push("-"))),
                                Number(), binOp()))),
                Sequence(start.set(currentIndex()), Strings(), literalString(start.get())));
    }

    /** A name or dotted name, pushed as an expression. */
    Rule PatternName(Var<Integer> start) {
        return Sequence(Name(), push(new Expr.Name((String) pop(), sp(start.get()))),
                ZeroOrMore(Sequence(Ch('.'), Spacing(), Name(),
                        push(new Expr.Attribute((Expr) pop(1), (String) pop(), sp(start.get()))))));
    }

    /** Stack: class, positional patterns, keyword names, keyword patterns. */
    Rule ClassArgs() {
        return Sequence(ClassArg(), ZeroOrMore(COMMA(), ClassArg()), Optional(COMMA()));
    }

    Rule ClassArg() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                Sequence(Name(), ASSIGN(), AsPattern(), addKeywordPattern()),
                Sequence(AsPattern(), addPositionalPattern(start.get()))));
    }

    Rule MappingPattern() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), LBRACE(), push(new ArrayList<Expr>()),
                push(new ArrayList<Pattern>()), FirstOf(
                        Sequence(Op("**", ""), Name(), Optional(COMMA())),
                        Sequence(KeyPattern(), ZeroOrMore(COMMA(), KeyPattern()), FirstOf(
                                Sequence(COMMA(), Op("**", ""), Name(), Optional(COMMA())),
                                Sequence(Optional(COMMA()), push(NOTHING)))),
                        push(NOTHING)),
                RBRACE(), push(mappingPattern(start.get())));
    }

    /** One {@code key: pattern} of a mapping pattern; keys are literals or dotted names. */
    Rule KeyPattern() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                        Sequence(Keyword("None"), push(new Expr.Const(dev.tauraro.script.runtime.PyNone.NONE,
                                sp(start.get())))),
                        Sequence(Keyword("True"), push(new Expr.Const(Boolean.TRUE, sp(start.get())))),
                        Sequence(Keyword("False"), push(new Expr.Const(Boolean.FALSE, sp(start.get())))),
                        LiteralValue(),
                        Sequence(PatternName(start), ACTION(peek() instanceof Expr.Attribute))),
                COLON(), AsPattern(), addKeyPattern());
    }

    // ---------------------------------------------------------------- simple statements

    Rule SimpleStmt() {
        return FirstOf(PassStmt(), FlowStmt(), ImportStmt(), GlobalStmt(), DelStmt(), AssertStmt(), ExprStmt());
    }

    Rule PassStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("pass"), push(new Stmt.Pass(sp(start.get()))));
    }

    Rule FlowStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                Sequence(Keyword("break"), push(new Stmt.Break(sp(start.get())))),
                Sequence(Keyword("continue"), push(new Stmt.Continue(sp(start.get())))),
                Sequence(Keyword("return"), FirstOf(TestListStarExpr(), push(NOTHING)),
                        push(new Stmt.Return(orNull(pop()), sp(start.get())))),
                Sequence(Keyword("raise"), FirstOf(
                                Sequence(Test(), FirstOf(Sequence(Keyword("from"), Test()), push(NOTHING))),
                                Sequence(push(NOTHING), push(NOTHING))),
                        push(raise(start.get()))),
                Sequence(YieldExpr(), push(new Stmt.ExprStmt((Expr) pop(), sp(start.get()))))));
    }

    Rule GlobalStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                Sequence(Keyword("global"), NameList(), push(new Stmt.Global((List<String>) pop(), sp(start.get())))),
                Sequence(Keyword("nonlocal"), NameList(),
                        push(new Stmt.Nonlocal((List<String>) pop(), sp(start.get()))))));
    }

    Rule NameList() {
        return Sequence(push(new ArrayList<String>()), Name(), addTo(), ZeroOrMore(COMMA(), Name(), addTo()));
    }

    Rule DelStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("del"), TargetList(),
                push(new Stmt.Del(elements((Expr) pop()), sp(start.get()))));
    }

    Rule AssertStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("assert"), Test(),
                FirstOf(Sequence(COMMA(), Test()), push(NOTHING)),
                push(assertStmt(start.get())));
    }

    Rule ImportStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                Sequence(Keyword("import"), push(new ArrayList<Stmt.Alias>()), DottedAsName(),
                        ZeroOrMore(COMMA(), DottedAsName()),
                        push(new Stmt.Import((List<Stmt.Alias>) pop(), sp(start.get())))),
                Sequence(Keyword("from"), push(0), ZeroOrMore(Sequence(Ch('.'), Spacing(), push((Integer) pop() + 1))),
                        FirstOf(DottedName(), push("")), Keyword("import"), push(new ArrayList<Stmt.Alias>()),
                        FirstOf(
                                Sequence(STAR(), push(new Stmt.Alias("*", null)), addTo()),
                                Sequence(LPAR(), ImportAsNames(), RPAR()),
                                ImportAsNames()),
                        push(importFrom(start.get())))));
    }

    Rule ImportAsNames() {
        return Sequence(ImportAsName(), ZeroOrMore(COMMA(), ImportAsName()), Optional(COMMA()));
    }

    Rule ImportAsName() {
        return Sequence(Name(), FirstOf(Sequence(Keyword("as"), Name()), push(NOTHING)), addAlias());
    }

    Rule DottedAsName() {
        return Sequence(DottedName(), FirstOf(Sequence(Keyword("as"), Name()), push(NOTHING)), addAlias());
    }

    Rule DottedName() {
        return Sequence(Name(), ZeroOrMore(Sequence(Ch('.'), Spacing(), Name(), push(pop(1) + "." + pop()))));
    }

    Rule ExprStmt() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), TestListStarExpr(), FirstOf(
                Sequence(AugOp(), FirstOf(YieldExpr(), TestList()), push(augAssign(start.get()))),
                Sequence(COLON(), Test(), FirstOf(Sequence(ASSIGN(), FirstOf(YieldExpr(), TestListStarExpr())),
                        push(NOTHING)), push(annAssign(start.get()))),
                Sequence(push(listOf(pop())),
                        OneOrMore(ASSIGN(), FirstOf(YieldExpr(), TestListStarExpr()), addTo()),
                        push(assign(start.get()))),
                push(new Stmt.ExprStmt((Expr) pop(), sp(start.get())))));
    }

    Rule AugOp() {
        return Sequence(FirstOf("+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|=", "@="),
                push(match()), Spacing());
    }

    // ================================================================ expressions

    Rule TestList() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Test(), Optional(Sequence(COMMA(), push(listOf(pop())),
                Optional(Sequence(Test(), addTo(), ZeroOrMore(COMMA(), Test(), addTo()), Optional(COMMA()))),
                push(new Expr.TupleExpr((List<Expr>) pop(), sp(start.get()))))));
    }

    Rule TestListStarExpr() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), TestOrStar(), Optional(Sequence(COMMA(), push(listOf(pop())),
                Optional(Sequence(TestOrStar(), addTo(), ZeroOrMore(COMMA(), TestOrStar(), addTo()),
                        Optional(COMMA()))),
                push(new Expr.TupleExpr((List<Expr>) pop(), sp(start.get()))))));
    }

    /** A for statement's iterable: as a tuple display, unpacking allowed ({@code for x in *a, b:}). */
    Rule StarExpressions() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), StarOrTest(), Optional(Sequence(COMMA(), push(listOf(pop())),
                Optional(Sequence(StarOrTest(), addTo(), ZeroOrMore(COMMA(), StarOrTest(), addTo()),
                        Optional(COMMA()))),
                push(new Expr.TupleExpr((List<Expr>) pop(), sp(start.get()))))));
    }

    Rule StarOrTest() {
        return FirstOf(StarExpr(), Test());
    }

    /** Assignment / for targets: a comma-separated list of star-or-bitor expressions. */
    Rule TargetList() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Target(), Optional(Sequence(COMMA(), push(listOf(pop())),
                Optional(Sequence(Target(), addTo(), ZeroOrMore(COMMA(), Target(), addTo()), Optional(COMMA()))),
                push(new Expr.TupleExpr((List<Expr>) pop(), sp(start.get()))))));
    }

    Rule Target() {
        return FirstOf(StarExpr(), BitOr());
    }

    Rule TestOrStar() {
        return FirstOf(StarExpr(), NamedExprTest());
    }

    Rule StarExpr() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), STAR(), BitOr(), push(new Expr.Starred((Expr) pop(), sp(start.get()))));
    }

    Rule NamedExprTest() {
        Var<Integer> start = new Var<>();
        return FirstOf(
                Sequence(start.set(currentIndex()), Name(), Op(":=", ""), Test(),
                        push(new Expr.NamedExpr(new Expr.Name((String) pop(1), sp(start.get())), (Expr) pop(),
                                sp(start.get())))),
                Test());
    }

    Rule Test() {
        Var<Integer> start = new Var<>();
        return FirstOf(LambdaDef(), Sequence(start.set(currentIndex()), OrTest(), Optional(Sequence(
                Keyword("if"), OrTest(), Keyword("else"), Test(), push(ifExp(start.get()))))));
    }

    Rule TestNoCond() {
        return FirstOf(LambdaDef(), OrTest());
    }

    Rule LambdaDef() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("lambda"), push(new ParamsBuilder()), lambdaParams(),
                Optional(LambdaParams()), paramAt(), COLON(), Test(), push(lambda(start.get())));
    }

    Rule OrTest() {
        return Sequence(AndTest(), Optional(Sequence(push(listOf(pop())),
                OneOrMore(Keyword("or"), AndTest(), addTo()), push(boolOp("or")))));
    }

    Rule AndTest() {
        return Sequence(NotTest(), Optional(Sequence(push(listOf(pop())),
                OneOrMore(Keyword("and"), NotTest(), addTo()), push(boolOp("and")))));
    }

    Rule NotTest() {
        Var<Integer> start = new Var<>();
        return FirstOf(Sequence(start.set(currentIndex()), Keyword("not"), NotTest(),
                push(new Expr.UnaryOp("not", (Expr) pop(), sp(start.get())))), Comparison());
    }

    Rule Comparison() {
        return Sequence(BitOr(), Optional(Sequence(push(new ArrayList<String>()), push(new ArrayList<Expr>()),
                OneOrMore(CompOp(), BitOr(), addComparison()), push(compare()))));
    }

    Rule CompOp() {
        return FirstOf(
                Sequence(Op("==", ""), push("==")), Sequence(Op("!=", ""), push("!=")),
                Sequence(Op("<=", ""), push("<=")), Sequence(Op(">=", ""), push(">=")),
                Sequence(Op("<", "<="), push("<")), Sequence(Op(">", ">="), push(">")),
                Sequence(Keyword("in"), push("in")),
                Sequence(Keyword("not"), Keyword("in"), push("not in")),
                Sequence(Keyword("is"), Keyword("not"), push("is not")),
                Sequence(Keyword("is"), push("is")));
    }

    Rule BitOr() {
        return Sequence(BitXor(), ZeroOrMore(Op("|", "="), push("|"), BitXor(), binOp()));
    }

    Rule BitXor() {
        return Sequence(BitAnd(), ZeroOrMore(Op("^", "="), push("^"), BitAnd(), binOp()));
    }

    Rule BitAnd() {
        return Sequence(ShiftExpr(), ZeroOrMore(Op("&", "="), push("&"), ShiftExpr(), binOp()));
    }

    Rule ShiftExpr() {
        return Sequence(ArithExpr(), ZeroOrMore(FirstOf(Sequence(Op("<<", "="), push("<<")),
                Sequence(Op(">>", "="), push(">>"))), ArithExpr(), binOp()));
    }

    Rule ArithExpr() {
        return Sequence(Term(), ZeroOrMore(FirstOf(Sequence(Op("+", "="), push("+")),
                Sequence(Op("-", "=>"), push("-"))), Term(), binOp()));
    }

    Rule Term() {
        return Sequence(Factor(), ZeroOrMore(FirstOf(
                Sequence(Op("*", "*="), push("*")), Sequence(Op("//", "="), push("//")),
                Sequence(Op("/", "/="), push("/")), Sequence(Op("%", "="), push("%")),
                Sequence(Op("@", "="), push("@"))), Factor(), binOp()));
    }

    Rule Factor() {
        Var<Integer> start = new Var<>();
        return FirstOf(
                Sequence(start.set(currentIndex()), FirstOf(Sequence(Op("+", "="), push("+")),
                        Sequence(Op("-", "="), push("-")), Sequence(Op("~", ""), push("~"))),
                        Factor(), push(unary(start.get()))),
                Power());
    }

    Rule Power() {
        return Sequence(AwaitPrimary(), Optional(Sequence(Op("**", "="), push("**"), Factor(), binOp())));
    }

    Rule AwaitPrimary() {
        Var<Integer> start = new Var<>();
        return FirstOf(Sequence(start.set(currentIndex()), Keyword("await"), Primary(),
                push(new Expr.Await((Expr) pop(), sp(start.get())))), Primary());
    }

    Rule Primary() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Atom(), ZeroOrMore(Trailer(start)));
    }

    Rule Trailer(Var<Integer> start) {
        return FirstOf(
                Sequence(CallArgs(), push(call(start.get()))),
                Sequence(LBRACK(), SubscriptList(), RBRACK(),
                        push(new Expr.Subscript((Expr) pop(1), (Expr) pop(), sp(start.get())))),
                Sequence(Ch('.'), Spacing(), Name(),
                        push(new Expr.Attribute((Expr) pop(1), (String) pop(), sp(start.get())))));
    }

    /** A call's or a class's parenthesized arguments, checked as CPython's parser checks their order. */
    Rule CallArgs() {
        Var<Integer> open = new Var<>();
        Var<Integer> close = new Var<>();
        return Sequence(LPAR(), push(new ArrayList<Expr.Arg>()), open.set(currentIndex()), Optional(ArgList()),
                close.set(currentIndex()), RPAR(), checkArgs(open.get(), close.get()));
    }

    Rule ArgList() {
        return Sequence(Argument(), ZeroOrMore(COMMA(), Argument()), Optional(COMMA()));
    }

    Rule Argument() {
        Var<Integer> start = new Var<>();
        return FirstOf(
                Sequence(Op("**", ""), Test(), push(new Expr.Arg(null, (Expr) pop(), false, true)), addTo()),
                Sequence(start.set(currentIndex()), StarExpr(), CompFor(), push(comp("gen", start.get())),
                        push(new Expr.Arg(null, (Expr) pop(), false, false)), addTo()),
                Sequence(STAR(), Test(), push(new Expr.Arg(null, (Expr) pop(), true, false)), addTo()),
                Sequence(Name(), ASSIGN(), Test(), push(new Expr.Arg((String) pop(1), (Expr) pop(), false, false)),
                        addTo()),
                Sequence(start.set(currentIndex()), NamedExprTest(), Optional(Sequence(CompFor(),
                        push(comp("gen", start.get())), bareGenerator())),
                        push(new Expr.Arg(null, (Expr) pop(), false, false)), addTo()));
    }

    /** Subscripts; starred items ({@code d[1, *rest]}, {@code d[*idx]}) always make a tuple. */
    Rule SubscriptList() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(Subscript(), StarExpr()), FirstOf(
                Sequence(COMMA(), push(listOf(pop())), Optional(Sequence(FirstOf(Subscript(), StarExpr()), addTo(),
                        ZeroOrMore(COMMA(), FirstOf(Subscript(), StarExpr()), addTo()), Optional(COMMA()))),
                        push(new Expr.TupleExpr((List<Expr>) pop(), sp(start.get())))),
                Sequence(ACTION(peek() instanceof Expr.Starred), push(new Expr.TupleExpr(listOf(pop()),
                        sp(start.get())))),
                ACTION(true)));
    }

    Rule Subscript() {
        Var<Integer> start = new Var<>();
        return FirstOf(
                Sequence(start.set(currentIndex()), FirstOf(Test(), push(NOTHING)), COLON(),
                        FirstOf(Test(), push(NOTHING)),
                        FirstOf(Sequence(COLON(), FirstOf(Test(), push(NOTHING))), push(NOTHING)),
                        push(slice(start.get()))),
                Test());
    }

    Rule Atom() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                Sequence(LPAR(), FirstOf(
                        Sequence(RPAR(), push(new Expr.TupleExpr(empty(), sp(start.get())))),
                        Sequence(YieldExpr(), RPAR()),
                        Sequence(TestOrStar(), CompFor(), RPAR(), push(comp("gen", start.get()))),
                        Sequence(TestListStarExpr(), RPAR(), notStarred()))),
                Sequence(LBRACK(), FirstOf(
                        Sequence(RBRACK(), push(new Expr.ListExpr(empty(), sp(start.get())))),
                        Sequence(TestOrStar(), CompFor(), RBRACK(), push(comp("list", start.get()))),
                        Sequence(push(new ArrayList<Expr>()), TestOrStar(), addTo(),
                                ZeroOrMore(COMMA(), TestOrStar(), addTo()), Optional(COMMA()), RBRACK(),
                                push(new Expr.ListExpr((List<Expr>) pop(), sp(start.get())))))),
                Sequence(LBRACE(), FirstOf(
                        Sequence(RBRACE(), push(new Expr.DictExpr(empty(), empty(), sp(start.get())))),
                        Sequence(Test(), COLON(), Test(), CompFor(), RBRACE(), push(dictComp(start.get()))),
                        Sequence(push(new ArrayList<Expr>()), push(new ArrayList<Expr>()), DictItem(),
                                ZeroOrMore(COMMA(), DictItem()), Optional(COMMA()), RBRACE(),
                                push(new Expr.DictExpr((List<Expr>) pop(1), (List<Expr>) pop(), sp(start.get())))),
                        Sequence(TestOrStar(), CompFor(), RBRACE(), push(comp("set", start.get()))),
                        Sequence(DictUnpackComp(), RBRACE()),
                        Sequence(push(new ArrayList<Expr>()), TestOrStar(), addTo(),
                                ZeroOrMore(COMMA(), TestOrStar(), addTo()), Optional(COMMA()), RBRACE(),
                                push(new Expr.SetExpr((List<Expr>) pop(), sp(start.get())))))),
                Sequence(Keyword("None"), push(new Expr.Const(dev.tauraro.script.runtime.PyNone.NONE, sp(start.get())))),
                Sequence(Keyword("True"), push(new Expr.Const(Boolean.TRUE, sp(start.get())))),
                Sequence(Keyword("False"), push(new Expr.Const(Boolean.FALSE, sp(start.get())))),
                Sequence(String("..."), Spacing(),
                        push(new Expr.Const(dev.tauraro.script.runtime.PyNone.ELLIPSIS, sp(start.get())))),
                Number(),
                Strings(),
                Sequence(Name(), push(new Expr.Name((String) pop(), sp(start.get()))))));
    }

    Rule DictItem() {
        return FirstOf(
                Sequence(Op("**", ""), push(NOTHING), BitOr(), addDictItem()),
                Sequence(Test(), COLON(), Test(), addDictItem()));
    }

    /** Pushes the list of comprehension clauses. */
    Rule CompFor() {
        return Sequence(push(new ArrayList<Expr.Comprehension>()), OneOrMore(CompClause()));
    }

    Rule CompClause() {
        return Sequence(FirstOf(Sequence(Keyword("async"), push(true)), push(false)), Keyword("for"), TargetList(),
                Keyword("in"), OrTest(), push(new ArrayList<Expr>()),
                ZeroOrMore(Keyword("if"), TestNoCond(), addTo()), addComprehension());
    }

    Rule YieldExpr() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Keyword("yield"), FirstOf(
                Sequence(Keyword("from"), Test(), push(new Expr.YieldFrom((Expr) pop(), sp(start.get())))),
                Sequence(TestListStarExpr(), push(new Expr.Yield((Expr) pop(), sp(start.get())))),
                push(new Expr.Yield(null, sp(start.get())))));
    }

    // ================================================================ tokens

    Rule Number() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), FirstOf(
                        Sequence(Ch('0'), AnyOf("xX"), OneOrMore(FirstOf(HexDigit(), Ch('_')))),
                        Sequence(Ch('0'), AnyOf("oO"), OneOrMore(FirstOf(CharRange('0', '7'), Ch('_')))),
                        Sequence(Ch('0'), AnyOf("bB"), OneOrMore(FirstOf(AnyOf("01"), Ch('_')))),
                        Sequence(Digits(), Ch('.'), Optional(Digits()), Optional(Exponent()), Optional(AnyOf("jJ"))),
                        Sequence(Ch('.'), Digits(), Optional(Exponent()), Optional(AnyOf("jJ"))),
                        Sequence(Digits(), Exponent(), Optional(AnyOf("jJ"))),
                        Sequence(Digits(), Optional(AnyOf("jJ")))),
                push(new Expr.Const(Literals.number(match(), src, offsets[start.get()]), sp(start.get()))),
                TestNot(IdentChar()), Spacing());
    }

    Rule Digits() {
        return Sequence(CharRange('0', '9'), ZeroOrMore(FirstOf(CharRange('0', '9'), Sequence(Ch('_'),
                CharRange('0', '9')))));
    }

    Rule HexDigit() {
        return FirstOf(CharRange('0', '9'), CharRange('a', 'f'), CharRange('A', 'F'));
    }

    Rule Exponent() {
        return Sequence(AnyOf("eE"), Optional(AnyOf("+-")), Digits());
    }

    /** One or more adjacent string literals, concatenated. */
    Rule Strings() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), push(new ArrayList<Object>()),
                OneOrMore(Sequence(StringLiteral(), push(fstrings.literal(match(), offsets[currentIndex() - match().length()])), addTo(),
                        Spacing())),
                push(fstrings.join((List<Object>) pop(), sp(start.get()))));
    }

    @SuppressNode
    Rule StringLiteral() {
        return Sequence(Optional(StringPrefix()), FirstOf(
                Sequence("\"\"\"", ZeroOrMore(FirstOf(Sequence('\\', ANY), Sequence(TestNot("\"\"\""), ANY))), "\"\"\""),
                Sequence("'''", ZeroOrMore(FirstOf(Sequence('\\', ANY), Sequence(TestNot("'''"), ANY))), "'''"),
                Sequence('"', ZeroOrMore(FirstOf(Sequence('\\', ANY), NoneOf("\"\n\\"))), '"'),
                Sequence('\'', ZeroOrMore(FirstOf(Sequence('\\', ANY), NoneOf("'\n\\"))), '\'')));
    }

    Rule StringPrefix() {
        return FirstOf(IgnoreCase("rb"), IgnoreCase("br"), IgnoreCase("rf"), IgnoreCase("fr"), IgnoreCase("r"),
                IgnoreCase("b"), IgnoreCase("f"), IgnoreCase("u"));
    }

    /** An identifier that is not a keyword; pushes its text. */
    Rule Name() {
        return Sequence(TestNot(AnyKeyword()), Identifier(), push(match()), Spacing());
    }

    @SuppressNode
    Rule Identifier() {
        return Sequence(IdentStart(), ZeroOrMore(IdentChar()));
    }

    @SuppressNode
    Rule AnyKeyword() {
        return Sequence(FirstOf("False", "None", "True", "and", "assert", "async", "await", "as", "break", "class",
                "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
                "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                "while", "with", "yield"), TestNot(IdentChar()));
    }

    Rule IdentStart() {
        return FirstOf(CharRange('a', 'z'), CharRange('A', 'Z'), Ch('_'), CharRange('\u00a0', '\ufffe'));
    }

    Rule IdentChar() {
        return FirstOf(CharRange('a', 'z'), CharRange('A', 'Z'), Ch('_'), CharRange('0', '9'),
                CharRange('\u00a0', '\ufffe'));
    }

    Rule Keyword(String kw) {
        return Sequence(String(kw), TestNot(IdentChar()), Spacing());
    }

    /** An operator token not followed by any of {@code notFollowedBy}. */
    Rule Op(String op, String notFollowedBy) {
        return notFollowedBy.isEmpty() ? Sequence(String(op), Spacing())
                : Sequence(String(op), TestNot(AnyOf(notFollowedBy)), Spacing());
    }

    @SuppressNode
    Rule Spacing() {
        return ZeroOrMore(AnyOf(" \t\f"));
    }

    Rule NEWLINE() {
        return Ch('\n');
    }

    Rule INDENT() {
        return Ch(Indenter.INDENT);
    }

    Rule DEDENT() {
        return Ch(Indenter.DEDENT);
    }

    Rule COLON() {
        return Op(":", "=");
    }

    Rule SEMI() {
        return Op(";", "");
    }

    Rule COMMA() {
        return Op(",", "");
    }

    Rule ASSIGN() {
        return Op("=", "=");
    }

    Rule STAR() {
        return Op("*", "*=");
    }

    Rule LPAR() {
        return Op("(", "");
    }

    Rule RPAR() {
        return Op(")", "");
    }

    Rule LBRACK() {
        return Op("[", "");
    }

    Rule RBRACK() {
        return Op("]", "");
    }

    Rule LBRACE() {
        return Op("{", "");
    }

    Rule RBRACE() {
        return Op("}", "");
    }

    // ================================================================ actions (AST building only)

    /** Placeholder for an absent optional node on the value stack. */
    static final Object NOTHING = new Object() {
        @Override
        public String toString() {
            return "NOTHING";
        }
    };

    static Expr orNull(Object o) {
        return o == NOTHING ? null : (Expr) o;
    }

    Span sp(int startIndex) {
        int s = offsets[startIndex];
        return new Span(s, Math.max(s, end()), src.line(s));
    }

    /**
     * The source offset just after the last character matched so far, not counting the spacing
     * that follows it: where the node just parsed ends, as CPython's end columns say (tracebacks
     * mark up to there).
     */
    int end() {
        int i = currentIndex();
        org.parboiled.buffers.InputBuffer in = getContext().getInputBuffer();
        while (i > 0 && " \t\f".indexOf(in.charAt(i - 1)) >= 0) {
            i--;
        }
        return i == 0 ? offsets[0] : offsets[i - 1] + 1;
    }

    /** A new empty list. (Static interface methods such as List.of cannot be called from actions:
     * Parboiled re-emits them as class method references, which fail verification.) */
    static <T> List<T> empty() {
        return new ArrayList<>();
    }

    static <T> List<T> listOf(Object first) {
        List<T> l = new ArrayList<>();
        l.add((T) first);
        return l;
    }

    boolean addTo() {
        Object v = pop();
        ((List<Object>) peek()).add(v);
        return true;
    }

    boolean dropValue() {
        pop();
        return true;
    }

    boolean reSpan(int start) {
        Stmt s = (Stmt) pop();
        Span span = sp(start);
        if (s instanceof Stmt.FunctionDef f) {
            s = new Stmt.FunctionDef(f.name(), f.params(), f.body(), f.decorators(), f.isAsync(), span);
        } else if (s instanceof Stmt.For f) {
            s = new Stmt.For(f.target(), f.iter(), f.body(), f.orElse(), f.isAsync(), span);
        } else if (s instanceof Stmt.With w) {
            s = new Stmt.With(w.items(), w.body(), w.isAsync(), span);
        }
        push(s);
        return true;
    }

    Stmt ifStmt(int start) {
        List<Stmt> orElse = (List<Stmt>) pop();
        List<Stmt> body = (List<Stmt>) pop();
        return new Stmt.If((Expr) pop(), body, orElse, sp(start));
    }

    Stmt whileStmt(int start) {
        List<Stmt> orElse = (List<Stmt>) pop();
        List<Stmt> body = (List<Stmt>) pop();
        return new Stmt.While((Expr) pop(), body, orElse, sp(start));
    }

    Stmt forStmt(boolean isAsync, int start) {
        List<Stmt> orElse = (List<Stmt>) pop();
        List<Stmt> body = (List<Stmt>) pop();
        Expr iter = (Expr) pop();
        return new Stmt.For((Expr) pop(), iter, body, orElse, isAsync, sp(start));
    }

    Stmt tryStmt(int start) {
        List<Stmt> fin = (List<Stmt>) pop();
        List<Stmt> orElse = (List<Stmt>) pop();
        List<Stmt.Handler> handlers = (List<Stmt.Handler>) pop();
        List<Stmt> body = (List<Stmt>) pop();
        return new Stmt.Try(body, handlers, orElse, fin, sp(start));
    }

    Stmt.Handler handler(int start) {
        List<Stmt> body = (List<Stmt>) pop();
        String name = (String) pop();
        Expr type = orNull(pop());
        boolean star = (Boolean) pop();
        return new Stmt.Handler(type, name.isEmpty() ? null : name, body, sp(start), star);
    }

    boolean addWithItem() {
        Expr target = orNull(pop());
        Expr ctx = (Expr) pop();
        ((List<Stmt.WithItem>) peek()).add(new Stmt.WithItem(ctx, target));
        return true;
    }

    Stmt withStmt(boolean isAsync, int start) {
        List<Stmt> body = (List<Stmt>) pop();
        return new Stmt.With((List<Stmt.WithItem>) pop(), body, isAsync, sp(start));
    }

    boolean paramPlain() {
        String name = (String) pop();
        ((ParamsBuilder) peek()).plain(name, null);
        return true;
    }

    boolean paramDefault() {
        Expr def = (Expr) pop();
        String name = (String) pop();
        ((ParamsBuilder) peek()).plain(name, def);
        return true;
    }

    /** Stack: builder, name; the name starts at nameAt. */
    boolean paramVarargs(int nameAt) {
        String name = (String) pop();
        ((ParamsBuilder) peek()).varArgs(name, nameAt);
        return true;
    }

    boolean lambdaParams() {
        ((ParamsBuilder) peek()).lambda = true;
        return true;
    }

    /** Marks where the parameter token the next action checks starts (for its error's caret). */
    boolean paramAt() {
        ((ParamsBuilder) peek()).at = currentIndex();
        return true;
    }

    /** Stack: builder, parameter name, annotation. */
    boolean annotate() {
        Expr annotation = (Expr) pop();
        ((ParamsBuilder) peek(1)).annotations.put((String) peek(), annotation);
        return true;
    }

    /** Stack: builder, return annotation. */
    boolean returnAnnotation() {
        Expr annotation = (Expr) pop();
        ((ParamsBuilder) peek()).annotations.put("return", annotation);
        return true;
    }

    boolean paramSlash() {
        ((ParamsBuilder) peek()).slash();
        return true;
    }

    boolean paramStar() {
        ((ParamsBuilder) peek()).varArgs(null, 0);
        return true;
    }

    /** Stack: builder, name; the {@code **} starts at opAt. */
    boolean paramKwargs(int opAt) {
        String name = (String) pop();
        ((ParamsBuilder) peek()).kwArgs(name, opAt);
        return true;
    }

    Stmt funcDef(boolean isAsync, int start) {
        List<Stmt> body = (List<Stmt>) pop();
        ParamsBuilder params = (ParamsBuilder) pop();
        String name = (String) pop();
        return new Stmt.FunctionDef(name, params.build(this), body, empty(), isAsync, sp(start));
    }

    Expr lambda(int start) {
        Expr body = (Expr) pop();
        ParamsBuilder params = (ParamsBuilder) pop();
        return new Expr.Lambda(params.build(this), body, sp(start));
    }

    Stmt classDef(int start) {
        List<Stmt> body = (List<Stmt>) pop();
        List<Expr.Arg> bases = (List<Expr.Arg>) pop();
        String name = (String) pop();
        return new Stmt.ClassDef(name, bases, body, empty(), sp(start));
    }

    Stmt decorate() {
        Stmt def = (Stmt) pop();
        List<Expr> decorators = (List<Expr>) pop();
        if (def instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.name(), f.params(), f.body(), decorators, f.isAsync(), f.span());
        }
        Stmt.ClassDef c = (Stmt.ClassDef) def;
        return new Stmt.ClassDef(c.name(), c.bases(), c.body(), decorators, c.span());
    }

    Stmt raise(int start) {
        Expr cause = orNull(pop());
        Expr exc = orNull(pop());
        return new Stmt.Raise(exc, cause, sp(start));
    }

    Stmt assertStmt(int start) {
        Expr msg = orNull(pop());
        return new Stmt.Assert((Expr) pop(), msg, sp(start));
    }

    boolean addAlias() {
        Object as = pop();
        String name = (String) pop();
        ((List<Stmt.Alias>) peek()).add(new Stmt.Alias(name, as == NOTHING ? null : (String) as));
        return true;
    }

    Stmt importFrom(int start) {
        List<Stmt.Alias> names = (List<Stmt.Alias>) pop();
        String module = (String) pop();
        int level = (Integer) pop();
        return new Stmt.ImportFrom(module, level, names, sp(start));
    }

    Stmt augAssign(int start) {
        Expr value = (Expr) pop();
        String op = (String) pop();
        Expr target = (Expr) pop();
        return new Stmt.AugAssign(target, op.substring(0, op.length() - 1), value, sp(start));
    }

    Stmt annAssign(int start) {
        Expr value = orNull(pop());
        Expr annotation = (Expr) pop();
        return new Stmt.AnnAssign((Expr) pop(), annotation, value, sp(start));
    }

    Stmt assign(int start) {
        List<Expr> all = (List<Expr>) pop();
        Expr value = all.remove(all.size() - 1);
        return new Stmt.Assign(all, value, sp(start));
    }

    static List<Expr> elements(Expr e) {
        return e instanceof Expr.TupleExpr t ? t.elts() : List.of(e);
    }

    Expr ifExp(int start) {
        Expr orElse = (Expr) pop();
        Expr test = (Expr) pop();
        Expr body = (Expr) pop();
        return new Expr.IfExp(test, body, orElse, sp(start));
    }

    Expr boolOp(String op) {
        List<Expr> values = (List<Expr>) pop();
        Span first = values.get(0).span();
        return new Expr.BoolOp(op, values, new Span(first.start(), end(), first.line()));
    }

    boolean addComparison() {
        Expr right = (Expr) pop();
        String op = (String) pop();
        ((List<Expr>) peek()).add(right);
        ((List<String>) peek(1)).add(op);
        return true;
    }

    Expr compare() {
        List<Expr> comparators = (List<Expr>) pop();
        List<String> ops = (List<String>) pop();
        Expr left = (Expr) pop();
        return new Expr.Compare(left, ops, comparators, new Span(left.span().start(), end(),
                left.span().line()));
    }

    boolean binOp() {
        Expr right = (Expr) pop();
        String op = (String) pop();
        Expr left = (Expr) pop();
        push(new Expr.BinOp(left, op, right, new Span(left.span().start(), end(),
                left.span().line())));
        return true;
    }

    Expr unary(int start) {
        Expr operand = (Expr) pop();
        String op = (String) pop();
        return new Expr.UnaryOp(op, operand, sp(start));
    }

    /** Generator expressions written as a call's argument without parentheses of their own. */
    final Set<Object> bareGenerators = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * Stack: the argument list, parsed from index open to close (the closing parenthesis). The first
     * argument out of place is CPython 3.11's parse error: a bare generator expression beside other
     * arguments or a trailing comma, {@code *x} after {@code **y} (marked from the first argument to the one before it),
     * a positional argument after keywords (marked at the closing parenthesis, as CPython does).
     */
    boolean bareGenerator() {
        bareGenerators.add(peek());
        return true;
    }

    boolean checkArgs(int open, int close) {
        List<Expr.Arg> args = (List<Expr.Arg>) peek();
        boolean keyword = false;
        boolean unpacked = false;
        for (int i = 0; i < args.size() && firstError == null; i++) {
            Expr.Arg a = args.get(i);
            Span span = a.value().span();
            if (bareGenerators.contains(a.value())
                    && (args.size() > 1 || src.text().substring(span.end(), offsets[close]).contains(","))) {
                firstError = ScriptSyntaxError.range(src, span.start(), span.end(),
                        "Generator expression must be parenthesized");
            } else if (a.star() && unpacked) {
                firstError = ScriptSyntaxError.range(src, offsets[open], args.get(i - 1).value().span().end(),
                        "iterable argument unpacking follows keyword argument unpacking");
            } else if (a.doubleStar()) {
                unpacked = true;
            } else if (a.keyword() != null) {
                keyword = true;
            } else if (!a.star() && (keyword || unpacked)) {
                firstError = ScriptSyntaxError.at(src, offsets[close], unpacked
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
        }
        return true;
    }

    Expr call(int start) {
        List<Expr.Arg> args = (List<Expr.Arg>) pop();
        return new Expr.Call((Expr) pop(), args, sp(start));
    }

    Expr slice(int start) {
        Expr step = orNull(pop());
        Expr upper = orNull(pop());
        Expr lower = orNull(pop());
        return new Expr.Slice(lower, upper, step, sp(start));
    }

    boolean addDictItem() {
        Expr value = (Expr) pop();
        Object key = pop();
        ((List<Expr>) peek()).add(value);
        ((List<Expr>) peek(1)).add(orNull(key));
        return true;
    }

    boolean addComprehension() {
        List<Expr> ifs = (List<Expr>) pop();
        Expr iter = (Expr) pop();
        Expr target = (Expr) pop();
        boolean isAsync = (Boolean) pop();
        ((List<Expr.Comprehension>) peek()).add(new Expr.Comprehension(target, iter, ifs, isAsync));
        return true;
    }

    /** {@code (*a)}: a starred expression parenthesized alone is CPython's parse error. */
    boolean notStarred() {
        if (peek() instanceof Expr.Starred s && firstError == null) {
            firstError = ScriptSyntaxError.range(src, s.span().start(), s.span().end(),
                    "cannot use starred expression here");
        }
        return true;
    }

    /** {@code {**d for ...}}: parsed to report CPython's error for it. */
    Rule DictUnpackComp() {
        Var<Integer> start = new Var<>();
        return Sequence(start.set(currentIndex()), Op("**", ""), BitOr(), CompFor(),
                push(unpackingError(start.get(), "dict unpacking cannot be used in dict comprehension")));
    }

    /** Stack: an expression, a clause list; records the error for the {@code **} at start, pushes a placeholder. */
    Expr unpackingError(int start, String message) {
        pop();
        Expr e = (Expr) pop();
        if (firstError == null) {
            firstError = ScriptSyntaxError.range(src, offsets[start], offsets[start] + 2, message);
        }
        return e;
    }

    Expr comp(String kind, int start) {
        List<Expr.Comprehension> gens = (List<Expr.Comprehension>) pop();
        Expr elt = (Expr) pop();
        if (elt instanceof Expr.Starred s && firstError == null) {
            firstError = ScriptSyntaxError.range(src, s.span().start(), s.span().end(),
                    "iterable unpacking cannot be used in comprehension");
        }
        return new Expr.Comp(kind, elt, null, null, gens, sp(start));
    }

    Expr dictComp(int start) {
        List<Expr.Comprehension> gens = (List<Expr.Comprehension>) pop();
        Expr value = (Expr) pop();
        Expr key = (Expr) pop();
        return new Expr.Comp("dict", null, key, value, gens, sp(start));
    }

    // ---------------------------------------------------------------- match statement actions

    Stmt matchStmt(int start) {
        List<Stmt.MatchCase> cases = (List<Stmt.MatchCase>) pop();
        return new Stmt.Match((Expr) pop(), cases, sp(start));
    }

    Stmt.MatchCase matchCase(int start) {
        List<Stmt> body = (List<Stmt>) pop();
        Expr guard = orNull(pop());
        return new Stmt.MatchCase((Pattern) pop(), guard, body, sp(start));
    }

    /** A star pattern stands only inside a sequence pattern. */
    boolean notStar() {
        return !(peek() instanceof Pattern.Star);
    }

    Pattern starPattern(int start) {
        String name = (String) pop();
        return new Pattern.Star(name.equals("_") ? null : name, sp(start));
    }

    Pattern asPattern(int start) {
        String name = (String) pop();
        Pattern inner = (Pattern) pop();
        if (name.equals("_")) {
            patternError(start, "cannot use '_' as a target");
        }
        return new Pattern.Capture(inner, name, sp(start));
    }

    /** A bare name captures ({@code _} matches anything); a dotted name is a value pattern. */
    Pattern nameOrValuePattern(int start) {
        Expr e = (Expr) pop();
        if (e instanceof Expr.Name n) {
            return new Pattern.Capture(null, n.id().equals("_") ? null : n.id(), sp(start));
        }
        return new Pattern.Value(e, sp(start));
    }

    Pattern classPattern(int start) {
        List<Pattern> kwValues = (List<Pattern>) pop();
        List<String> kwNames = (List<String>) pop();
        List<Pattern> args = (List<Pattern>) pop();
        for (int i = 0; i < kwNames.size(); i++) {
            if (kwNames.indexOf(kwNames.get(i)) != i) {
                patternError(start, "attribute name repeated in class pattern: " + kwNames.get(i));
            }
        }
        return new Pattern.ClassPattern((Expr) pop(), args, kwNames, kwValues, sp(start));
    }

    /** Stack: class, positional patterns, keyword names, keyword patterns, the new pattern. */
    boolean addPositionalPattern(int start) {
        Pattern p = (Pattern) pop();
        if (!((List<String>) peek(1)).isEmpty()) {
            patternError(start, "positional patterns follow keyword patterns");
        }
        ((List<Pattern>) peek(2)).add(p);
        return true;
    }

    /** Stack: class, positional patterns, keyword names, keyword patterns, name, pattern. */
    boolean addKeywordPattern() {
        Pattern p = (Pattern) pop();
        String name = (String) pop();
        ((List<Pattern>) peek()).add(p);
        ((List<String>) peek(1)).add(name);
        return true;
    }

    /** Stack: keys, value patterns, key, pattern. */
    boolean addKeyPattern() {
        Pattern value = (Pattern) pop();
        Expr key = (Expr) pop();
        ((List<Pattern>) peek()).add(value);
        ((List<Expr>) peek(1)).add(key);
        return true;
    }

    Pattern mappingPattern(int start) {
        Object rest = pop();
        List<Pattern> values = (List<Pattern>) pop();
        List<Expr> keys = (List<Expr>) pop();
        if ("_".equals(rest)) {
            patternError(start, "invalid syntax"); // CPython does not accept '**_'
        }
        List<Object> seen = new ArrayList<>();
        for (Expr k : keys) {
            if (k instanceof Expr.Const c) {
                // literal keys are checked here; dotted-name keys when matched
                Object key = c.value();
                if (seen.contains(key)) {
                    patternError(start, "mapping pattern checks duplicate key (" + literalRepr(key) + ")");
                }
                seen.add(key);
            }
        }
        return new Pattern.Mapping(keys, values, rest == NOTHING ? null : (String) rest, sp(start));
    }

    private static String literalRepr(Object key) {
        return dev.tauraro.script.runtime.Ops.repr(key);
    }

    /** Patterns match literal strings only: an f-string is refused. */
    boolean literalString(int start) {
        if (!(peek() instanceof Expr.Const)) {
            patternError(start, "patterns may only match literals and attribute lookups");
        }
        return true;
    }

    void patternError(int start, String message) {
        if (firstError == null) {
            firstError = ScriptSyntaxError.at(src, offsets[start], message);
        }
    }

    /**
     * Collects parameters in the order they are parsed, with the first misplaced or repeated one as
     * CPython 3.11 reports it: its message and the token it points at ({@link #at}, set by
     * {@link #paramAt} just before that token is parsed). Misplaced ones are the parser's errors,
     * found in source order; repeated names are the symbol table's, found afterwards in its order.
     */
    static final class ParamsBuilder {
        final List<String> positional = new ArrayList<>();
        final List<Expr> defaults = new ArrayList<>();
        final List<String> kwOnly = new ArrayList<>();
        final List<Expr> kwDefaults = new ArrayList<>();
        String varArgs;
        int positionalOnly;
        final java.util.LinkedHashMap<String, Expr> annotations = new java.util.LinkedHashMap<>();
        boolean star;
        boolean slash;
        String kwArgs;
        /** Set by the lambda rule: a lambda's bare-star error points at the token after the star. */
        boolean lambda;
        int at;
        private int starAt;
        /** Where each name starts, in CPython's symbol-table order: positional, keyword-only, *, **. */
        private final List<Integer> positionalAt = new ArrayList<>();
        private final List<Integer> kwOnlyAt = new ArrayList<>();
        private int varArgsAt;
        private int kwArgsAt;
        private String error;
        private int errorAt;
        private int errorWidth = 1;

        private void fail(String message) {
            fail(message, at, 1);
        }

        private void fail(String message, int where, int width) {
            if (error == null) {
                error = message;
                errorAt = where;
                errorWidth = width;
            }
        }

        private void checkAfterKwargs() {
            if (kwArgs != null) {
                fail("arguments cannot follow var-keyword argument");
            }
        }

        /**
         * A bare {@code *} needs a keyword-only parameter before {@code **} or the end. A def's error
         * points at the star, a lambda's at the token after it ({@link #at}, width wide).
         */
        private void checkBareStar(int width) {
            if (star && varArgs == null && kwOnly.isEmpty()) {
                fail("named arguments must follow bare *", lambda ? at : starAt, lambda ? width : 1);
            }
        }

        void plain(String name, Expr def) {
            checkAfterKwargs();
            if (star) {
                kwOnly.add(name);
                kwOnlyAt.add(at);
                kwDefaults.add(def);
            } else {
                if (def == null && !defaults.isEmpty()) {
                    fail("non-default argument follows default argument");
                }
                positional.add(name);
                positionalAt.add(at);
                if (def != null) {
                    defaults.add(def);
                }
            }
        }

        /** {@code *name}, or a bare {@code *} when name is null; {@link #at} is the star. */
        void varArgs(String name, int nameAt) {
            checkAfterKwargs();
            if (star) {
                fail("* argument may appear only once");
            }
            star = true;
            starAt = at;
            varArgs = name;
            varArgsAt = nameAt;
        }

        void slash() {
            if (star) {
                fail("/ must be ahead of *");
            } else if (slash) {
                fail("/ may appear only once");
            } else if (positional.isEmpty()) {
                fail("at least one argument must precede /");
            }
            slash = true;
            positionalOnly = positional.size();
        }

        /** {@code **name}: the {@code **} at opAt, the name at {@link #at}. */
        void kwArgs(String name, int opAt) {
            int nameAt = at;
            at = opAt;
            checkBareStar(2);
            if (kwArgs != null) {
                fail("arguments cannot follow var-keyword argument", opAt, 2);
            }
            kwArgs = name;
            kwArgsAt = nameAt;
        }

        /** The first name bound twice, at its second binding in the symbol table's order. */
        private void checkNames() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < positional.size(); i++) {
                checkName(seen, positional.get(i), positionalAt.get(i));
            }
            for (int i = 0; i < kwOnly.size(); i++) {
                checkName(seen, kwOnly.get(i), kwOnlyAt.get(i));
            }
            checkName(seen, varArgs, varArgsAt);
            checkName(seen, kwArgs, kwArgsAt);
        }

        private void checkName(java.util.Set<String> seen, String name, int where) {
            if (name != null && !seen.add(name)) {
                fail("duplicate argument '" + name + "' in function definition", where, 1);
            }
        }

        Params build(PyGrammar g) {
            checkBareStar(1);
            checkNames();
            if (error != null && g.firstError == null) {
                int offset = g.offsets[errorAt];
                g.firstError = ScriptSyntaxError.range(g.src, offset, offset + errorWidth, error);
            }
            return new Params(List.copyOf(positional), List.copyOf(defaults), varArgs, List.copyOf(kwOnly),
                    new ArrayList<>(kwDefaults), kwArgs, positionalOnly, annotations);
        }
    }
}
