package dev.tauraro.script.runtime;

import dev.tauraro.script.syntax.SourceFile;

/**
 * A module's source found on the search path without running it, its name and the package it
 * belongs to ({@code __package__}: "" for a top-level module): what {@code tauraro -m name} runs as
 * {@code __main__} (its {@code __spec__} still names it).
 */
public record ModuleSource(String name, SourceFile src, String pkg) {
}
