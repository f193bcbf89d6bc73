package dev.tauraro.httpx;

/** Python-style quoting for the reprs of this package's types. */
final class Repr {
    private Repr() {
    }

    /** {@code 'text'} as Python's {@code repr(str)} prints it for the usual ASCII cases. */
    static String str(String s) {
        String quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? "\"" : "'";
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (quote.equals("'") && c == '\'') {
                        sb.append("\\'");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(quote).toString();
    }
}
