package dev.tauraro.script.modules.files;

/**
 * A file object layered over a {@link FileIO} ({@link BufferedFile}): being open
 * or closed and what it can do are the raw file's.
 */
abstract class OverFileIO extends IoBase {
    final FileIO raw;

    OverFileIO(IoTypes types, FileIO raw) {
        super(types);
        this.raw = raw;
    }

    @Override
    boolean isClosed() {
        return raw.isClosed();
    }

    @Override
    void doClose() {
        raw.doClose();
    }

    @Override
    boolean readable() {
        return raw.readable();
    }

    @Override
    boolean writable() {
        return raw.writable();
    }

    @Override
    boolean seekable() {
        return raw.seekable();
    }
}
