package dev.tauraro.websockets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses permessage-deflate messages (RFC 7692) while counting: a message that inflates
 * to more than {@code maxSize} bytes stops being inflated at that point and fails the
 * connection with 1009, as websockets applies {@code max_size} after decompression.
 *
 * <p>It replaces Netty's decoder, which inflates a whole frame before anything can look at its
 * size: a frame of 1 MiB (the default limit) of compressed zeros inflates to about 1 GiB.
 * Decoding needs no negotiated parameter: the inflater keeps its window across messages, which
 * is right whether or not the peer resets its own (no_context_takeover), and a 15-bit window
 * decodes every smaller one. Control frames and uncompressed messages pass through.
 */
final class BoundedInflater extends MessageToMessageDecoder<WebSocketFrame> {
    static final int RSV1 = 0x4;
    private static final byte[] TAIL = {0, 0, (byte) 0xff, (byte) 0xff};

    private final Integer maxSize;
    private final BiConsumer<Integer, String> fail;
    private final Inflater inflater = new Inflater(true);
    private final byte[] chunk = new byte[16 * 1024];
    private boolean compressed;      // the current message's first frame had RSV1
    private long inflated;           // bytes of the current message so far
    private boolean failed;

    /** {@code fail} closes the connection with a code and a reason. */
    BoundedInflater(Integer maxSize, BiConsumer<Integer, String> fail) {
        this.maxSize = maxSize;
        this.fail = fail;
    }

    @Override
    public boolean acceptInboundMessage(Object msg) {
        return msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame
                || msg instanceof ContinuationWebSocketFrame;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
        if (failed) {
            return;                               // dropped: the connection is closing
        }
        boolean continuation = frame instanceof ContinuationWebSocketFrame;
        if (!continuation) {
            compressed = (frame.rsv() & RSV1) != 0;
            inflated = 0;
        }
        if (!compressed || (continuation && (frame.rsv() & RSV1) != 0)) {
            out.add(frame.retain());              // a wrong RSV1 goes on to be refused with 1002
            return;
        }
        ByteBuf content = frame.content();
        byte[] input = new byte[content.readableBytes() + (frame.isFinalFragment() ? TAIL.length : 0)];
        content.getBytes(content.readerIndex(), input, 0, content.readableBytes());
        if (frame.isFinalFragment()) {
            System.arraycopy(TAIL, 0, input, content.readableBytes(), TAIL.length);
        }
        inflater.setInput(input);
        ByteBuf result = ctx.alloc().buffer();
        try {
            while (true) {
                int n = inflater.inflate(chunk);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        throw new DataFormatException("preset dictionary");
                    }
                    break;                        // needs input, or finished
                }
                inflated += n;
                if (maxSize != null && inflated > maxSize) {
                    stop(CloseFrame.MESSAGE_TOO_BIG, "frame exceeds limit of " + maxSize + " bytes");
                    return;
                }
                result.writeBytes(chunk, 0, n);
            }
        } catch (DataFormatException e) {
            stop(CloseFrame.PROTOCOL_ERROR, "decompression failed");
            return;
        } finally {
            if (failed) {
                result.release();
            }
        }
        int rsv = frame.rsv() & ~RSV1;
        boolean fin = frame.isFinalFragment();
        out.add(continuation ? new ContinuationWebSocketFrame(fin, rsv, result)
                : frame instanceof TextWebSocketFrame ? new TextWebSocketFrame(fin, rsv, result)
                : new BinaryWebSocketFrame(fin, rsv, result));
    }

    /** Bytes of the current message inflated so far (when stopped: how far it went). For tests. */
    long inflated() {
        return inflated;
    }

    private void stop(int code, String reason) {
        failed = true;
        fail.accept(code, reason);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        inflater.end();
    }
}
