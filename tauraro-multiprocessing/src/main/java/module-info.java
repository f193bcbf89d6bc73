/** Python's multiprocessing for Java: {@code Pool}, {@code AsyncResult}, {@code Process}. */
module dev.tauraro.multiprocessing {
    requires transitive dev.tauraro.asyncio;

    exports dev.tauraro.multiprocessing;
}
