package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.api.core.Interceptor;
import org.apache.activemq.artemis.core.protocol.core.Packet;
import org.apache.activemq.artemis.core.protocol.core.impl.PacketImpl;
import org.apache.activemq.artemis.core.protocol.core.impl.wireformat.SessionSendMessage;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops, before the broker stores anything, a message from a terminal (any connection over TCP)
 * that is far larger than any request: large messages, which the broker would stream to disk, and
 * messages whose body, headers and properties together are over twice
 * {@link Headers#MAX_REQUEST_CHARS} characters (a property is logged, and echoed as a request's type
 * or order id). Honest terminals never come near it (the client refuses longer requests with
 * REQUEST_TOO_LARGE); the services' own in-VM connection is not limited.
 */
final class TerminalMessageLimit implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(TerminalMessageLimit.class);
    /** Text travels as UTF-16 inside a message, two bytes a character, plus headers and properties. */
    static final int MAX_MESSAGE_BYTES = 4 * Headers.MAX_REQUEST_CHARS;

    @Override
    public boolean intercept(Packet packet, RemotingConnection connection) {
        if (connection.getTransportConnection() instanceof InVMConnection) {
            return true;
        }
        boolean tooLarge = switch (packet.getType()) {
            case PacketImpl.SESS_SEND_LARGE, PacketImpl.SESS_SEND_CONTINUATION -> true;
            case PacketImpl.SESS_SEND -> sizeOf((SessionSendMessage) packet) > MAX_MESSAGE_BYTES;
            default -> false;
        };
        if (tooLarge) {
            log.warn("a message too large for the store from {} was dropped", connection.getRemoteAddress());
        }
        return !tooLarge;
    }

    private static long sizeOf(SessionSendMessage send) {
        ICoreMessage message = send.getMessage();
        return (long) message.getBodyBufferSize() + message.getHeadersAndPropertiesEncodeSize();
    }
}
