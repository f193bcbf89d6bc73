package dev.tauraro.asyncio;

/**
 * What feeds a {@link StreamReader} and can be told to stop and restart: a socket connection
 * ({@link Transport}) or a subprocess pipe ({@link PipePump}). The reader pauses it when more
 * than twice its limit is buffered and resumes it when a read has taken the buffer down to the
 * limit, as CPython's {@code StreamReader} pauses its transport. Called on the loop thread.
 */
interface ReadFlow {
    void pauseReading();

    void resumeReading();
}
