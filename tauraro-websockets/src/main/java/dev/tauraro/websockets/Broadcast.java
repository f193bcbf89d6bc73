package dev.tauraro.websockets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/** One encoding of the message shared by every connection (each write takes a duplicate). */
final class Broadcast {
    private Broadcast() {
    }

    static int send(Iterable<Connection> connections, Message message) {
        ByteBuf payload = Unpooled.wrappedBuffer(message.bytes());
        int sent = 0;
        try {
            for (Connection c : connections) {
                WebSocketFrame frame = message.isText()
                        ? new TextWebSocketFrame(payload.retainedDuplicate())
                        : new BinaryWebSocketFrame(payload.retainedDuplicate());
                if (c.offer(frame)) {
                    sent++;
                } else {
                    frame.release();
                }
            }
        } finally {
            payload.release();
        }
        return sent;
    }
}
