package dev.tauraro.script.ast;

import java.util.List;

/**
 * The parameter list of a {@code def} or {@code lambda}.
 *
 * @param positional plain parameters, in order
 * @param defaults default values of the last {@code defaults.size()} positional parameters
 * @param varArgs the {@code *args} name, or null
 * @param kwOnly keyword-only parameter names
 * @param kwDefaults their defaults (null entries: required)
 * @param kwArgs the {@code **kwargs} name, or null
 * @param positionalOnly how many leading positional parameters come before {@code /}
 * @param annotations parameter annotations by name, and {@code "return"}, in source order
 */
public record Params(List<String> positional, List<Expr> defaults, String varArgs, List<String> kwOnly,
                     List<Expr> kwDefaults, String kwArgs, int positionalOnly,
                     java.util.Map<String, Expr> annotations) {
    public static final Params EMPTY = new Params(List.of(), List.of(), null, List.of(), List.of(), null, 0,
            java.util.Map.of());

    public Params(List<String> positional, List<Expr> defaults, String varArgs, List<String> kwOnly,
                  List<Expr> kwDefaults, String kwArgs) {
        this(positional, defaults, varArgs, kwOnly, kwDefaults, kwArgs, 0, java.util.Map.of());
    }

    /** All parameter names in frame-slot order. */
    public List<String> allNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>(positional);
        if (varArgs != null) {
            names.add(varArgs);
        }
        names.addAll(kwOnly);
        if (kwArgs != null) {
            names.add(kwArgs);
        }
        return names;
    }
}
