package dev.tauraro.script.runtime;

import java.util.Map;

/**
 * Python's {@code complex}: a pair of doubles, immutable. Arithmetic mixes with int and float
 * (which convert to complex), {@code ==} compares with them, ordering raises as CPython's does.
 * Written from the language reference and CPython's observed results: division scales by the
 * larger part of the divisor (Smith's method), small integer powers multiply, other powers go
 * through polar form.
 *
 * <p>Differences from CPython: no {@code cmath} module.
 */
public record PyComplex(double real, double imag) implements NativeValue {
    public static final PyClass TYPE = PyClass.builtin("complex", "builtins", PyComplex::construct, Map.of(),
            Types.OBJECT);

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "real" -> real;
            case "imag" -> imag;
            case "conjugate" -> new BuiltinFunction("conjugate", (a, k) -> new PyComplex(real, -imag));
            case "__abs__" -> new BuiltinFunction("__abs__", (a, k) -> abs());
            default -> null;
        };
    }

    public double abs() {
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r) && Double.isFinite(real) && Double.isFinite(imag)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "absolute value too large");
        }
        return r;
    }

    boolean isZero() {
        return real == 0 && imag == 0;
    }

    /** {@code complex(real=0, imag=0)} or {@code complex(string)}. */
    private static Object construct(Object[] a, String[] k) {
        int kw = k == null ? 0 : k.length;
        Object re = null;
        Object im = null;
        int n = a.length - kw;
        if (n > 2) {
            throw Exceptions.typeError("complex() takes at most 2 arguments (" + a.length + " given)");
        }
        if (n > 0) {
            re = a[0];
        }
        if (n > 1) {
            im = a[1];
        }
        for (int i = 0; i < kw; i++) {
            Object v = a[n + i];
            switch (k[i]) {
                case "real" -> re = v;
                case "imag" -> im = v;
                default -> throw Exceptions.typeError("complex() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        if (re == null && im == null) {
            return new PyComplex(0, 0);
        }
        Object r = re == null ? null : PyDerived.unwrap(re);
        if (r instanceof PyInstance inst && !(inst instanceof PyDerived) && Ops.lookupSpecial(inst, "__complex__") != null) {
            r = Ops.call(Ops.lookupSpecial(inst, "__complex__"));
            if (!(r instanceof PyComplex)) {
                throw Exceptions.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
            }
        }
        if (r instanceof String s) {
            if (im != null) {
                throw Exceptions.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (im != null && PyDerived.unwrap(im) instanceof String) {
            throw Exceptions.typeError("complex() second arg can't be a string");
        }
        PyComplex x = r == null ? new PyComplex(0, 0) : of(r, "complex() first argument must be a string or a number, not '"
                + Ops.typeName(re) + "'");
        if (im == null) {
            return x;
        }
        PyComplex y = of(PyDerived.unwrap(im), "complex() second argument must be a number, not '"
                + Ops.typeName(im) + "'");
        // complex(a, b) is a + b*1j, adding only the parts a complex argument brings (so -0.0 stays)
        double re2 = PyDerived.unwrap(im) instanceof PyComplex ? x.real - y.imag : x.real;
        double im2 = r instanceof PyComplex ? x.imag + y.real : y.real;
        return new PyComplex(re2, im2);
    }

    private static PyComplex of(Object v, String message) {
        if (v instanceof PyComplex c) {
            return c;
        }
        if (Ops.isNumber(v) || v instanceof Boolean) {
            return new PyComplex(Ops.toDouble(v), 0);
        }
        if (v instanceof PyInstance inst && (Ops.lookupSpecial(inst, "__float__") != null
                || Ops.lookupSpecial(inst, "__index__") != null)) {
            return new PyComplex(Ops.toDouble(inst), 0); // complex(Fraction(1, 2)): __float__, else __index__
        }
        throw Exceptions.typeError(message);
    }

    /** {@code complex("1+2j")}: CPython's grammar, surrounding blanks and one pair of parentheses allowed. */
    static PyComplex parse(String text) {
        String s = CharClasses.asciiDecimals(Whitespace.stripNumber(text));
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replace("_", "");
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        split = i;
                        break;
                    }
                }
                if (split < 0) {
                    return new PyComplex(0, part(body.isEmpty() || body.equals("+") || body.equals("-")
                            ? body + "1" : body));
                }
                String im = body.substring(split);
                return new PyComplex(part(body.substring(0, split)), part(im.length() == 1 ? im + "1" : im));
            }
            return new PyComplex(part(s), 0);
        } catch (NumberFormatException e) {
            throw Exceptions.valueError("complex() arg is a malformed string");
        }
    }

    private static double part(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        String bare = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        if (bare.equals("inf") || bare.equals("infinity") || bare.equals("nan")) {
            double v = bare.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return l.startsWith("-") ? -v : v;
        }
        // only Python's float syntax: Java's own suffixes, hex and blanks are malformed here
        if (!bare.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(s);
    }

    /** {@code a op b} when one side is complex; null when the other side is not a number. */
    static Object binary(String op, Object a, Object b) {
        PyComplex x = number(a);
        PyComplex y = number(b);
        if (x == null || y == null) {
            return null;
        }
        return switch (op) {
            case "+" -> new PyComplex(x.real + y.real, x.imag + y.imag);
            case "-" -> new PyComplex(x.real - y.real, x.imag - y.imag);
            case "*" -> new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
            case "/" -> x.divide(y);
            case "**", "** or pow()" -> x.power(y).checkedPower();
            case "//", "%" -> throw Exceptions.typeError("unsupported operand type(s) for " + op + ": '"
                    + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
            default -> null;
        };
    }

    private static PyComplex number(Object o) {
        Object v = PyDerived.unwrap(o);
        if (v instanceof PyComplex c) {
            return c;
        }
        if (Ops.isNumber(v) || v instanceof Boolean) {
            return new PyComplex(Ops.toDouble(v), 0);
        }
        return null;
    }

    /** {@code this / b} by CPython's algorithm (scaled by the larger part of b). */
    public PyComplex divide(PyComplex b) {
        double absReal = Math.abs(b.real);
        double absImag = Math.abs(b.imag);
        if (absReal >= absImag) {
            if (absReal == 0) {
                throw Exceptions.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((real + imag * ratio) / denom, (imag - real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((real * ratio + imag) / denom, (imag * ratio - real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN part in the divisor
    }

    private PyComplex power(PyComplex e) {
        if (e.imag == 0 && e.real == Math.rint(e.real) && Math.abs(e.real) <= 100) {
            return integerPower((int) e.real);
        }
        if (e.real == 0 && e.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (real == 0 && imag == 0) {
            if (e.imag != 0 || e.real < 0) {
                throw Exceptions.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(real, imag);
        double len = Math.pow(vabs, e.real);
        double at = Math.atan2(imag, real);
        double phase = at * e.real;
        if (e.imag != 0) {
            len /= Math.exp(at * e.imag);
            phase += e.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** CPython's complex_pow: a power with an infinite part overflowed. */
    private PyComplex checkedPower() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "complex exponentiation");
        }
        return this;
    }

    private PyComplex integerPower(int n) {
        if (n < 0) {
            if (real == 0 && imag == 0) {
                throw Exceptions.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(1, 0).divide(unsignedPower(-n));
        }
        return unsignedPower(n);
    }

    private PyComplex unsignedPower(int n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = this;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = (PyComplex) binary("*", r, p);
            }
            mask <<= 1;
            p = (PyComplex) binary("*", p, p);
        }
        return r;
    }

    /** CPython's hash: the parts' hashes combined with the multiplier 1000003. */
    long pyHash() {
        long h = PyHash.of(real) + 1000003L * PyHash.of(imag);
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean equals(Object o) {
        PyComplex c = number(o);
        return c != null && c.real == real && c.imag == imag;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /** CPython's repr: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
    @Override
    public String toString() {
        String im = part(imag);
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return im + "j";
        }
        boolean negative = !Double.isNaN(imag) && Math.copySign(1, imag) < 0;
        return "(" + part(real) + (negative ? "-" : "+") + part(Math.abs(imag)) + "j)";
    }

    private static String part(double v) {
        String r = FloatRepr.repr(v);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }
}
