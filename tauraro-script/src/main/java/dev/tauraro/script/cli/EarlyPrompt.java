package dev.tauraro.script.cli;

/**
 * The prompt that bin/tauraro shows before the JVM starts. On a terminal, with no option that
 * writes anything before the prompt, the command prints the banner and the first {@code >>> }
 * itself, at once, rather than when the interpreter and the line editor are ready (0.3 s later
 * on a quiet 2-core machine, measured by bench/script/startup.sh), and tells the JVM so with
 * {@code -Dtauraro.prompt.shown=true}. Keys typed meanwhile are not lost: the terminal is still in
 * its ordinary line mode, so its driver echoes them and keeps them queued, and the line editor
 * (JLine) reads them as its first input once it takes the terminal over. The editor then draws
 * its prompt, and those keys, where the early prompt was: the command saved the cursor's position
 * before the prompt (ESC 7), and {@link #ERASE} restores it and clears everything below just
 * before the editor's first line. The seam left: an arrow key pressed in those first moments shows
 * as its escape sequence until the editor redraws the line.
 */
final class EarlyPrompt {
    /** Back to where the early prompt began, and the early prompt (and any echoed keys) cleared. */
    static final String ERASE = "\0338\033[J";

    private EarlyPrompt() {
    }

    /** Whether the command has shown the banner and the first prompt. */
    static boolean shown() {
        return Boolean.getBoolean("tauraro.prompt.shown");
    }
}
