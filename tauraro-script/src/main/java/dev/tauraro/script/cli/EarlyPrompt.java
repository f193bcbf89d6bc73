package dev.tauraro.script.cli;

/**
 * The prompt that bin/tauraro shows before the JVM starts. On a terminal, with no option that
 * writes anything before the prompt, the command prints the banner and the first {@code >>> }
 * itself, at once, rather than when the interpreter and the line editor are ready (0.3 s later
 * on a quiet 2-core machine, measured by bench/script/startup.sh), and tells the JVM so with
 * {@code -Dtauraro.prompt.shown=true}. Keys typed meanwhile are not lost: the terminal is still in
 * its ordinary line mode, so its driver echoes them and keeps them queued. Lines completed with
 * Enter run as soon as the interpreter is ready ({@link EarlyLines}); the rest is the line
 * editor's (JLine's) first input once it takes the terminal over. Each such line, and the
 * editor's first prompt, is drawn where its prompt was: the cursor's position is saved before each
 * early prompt ({@link #BEFORE}), and {@link #ERASE} restores it and clears everything below. The
 * seam left: an arrow key pressed in those first moments shows as its escape sequence until the
 * editor redraws the line. A line echoed after its prompt over more than one row may have scrolled
 * the screen, so that the saved position is no longer the prompt's: it is left as the driver
 * echoed it (drawn again there it showed twice), and lines typed after it stay echoed below it
 * until each is drawn at its own prompt.
 */
final class EarlyPrompt {
    /** Back to where the early prompt began, and the early prompt (and any echoed keys) cleared. */
    static final String ERASE = "\0338\033[J";
    /**
     * What comes before an early prompt, in bin/tauraro as in {@link EarlyLines}: a row kept free
     * below the cursor (index down, which scrolls at the bottom of the screen, and back up, both
     * keeping the column), then the cursor's position saved (ESC 7). A line typed and echoed by
     * the terminal driver then moves the cursor down without scrolling the screen, so the saved
     * position is still the prompt's when {@link #ERASE} goes back to it.
     */
    static final String BEFORE = "\033D\033M\0337";

    private EarlyPrompt() {
    }

    /** Whether the command has shown the banner and the first prompt. */
    static boolean shown() {
        return Boolean.getBoolean("tauraro.prompt.shown");
    }
}
