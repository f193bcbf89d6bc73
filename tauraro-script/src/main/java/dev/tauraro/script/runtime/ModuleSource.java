package dev.tauraro.script.runtime;

import dev.tauraro.script.syntax.SourceFile;

/**
 * A module's source found on the search path without running it, and the package it belongs to
 * ({@code __package__}: "" for a top-level module): what {@code tauraro -m name} runs as {@code __main__}.
 */
public record ModuleSource(SourceFile src, String pkg) {
}
