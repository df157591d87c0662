package cafe.client.jms;

import cafe.client.CafeException;
import cafe.client.OrderDesk;
import cafe.contract.desk.FailedMessage;
import cafe.contract.desk.FailedMessageList;
import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderList;
import cafe.contract.desk.OrderRef;
import cafe.contract.desk.OrderStory;
import cafe.contract.desk.PaymentHistory;
import cafe.contract.desk.ResolveFailedMessage;
import cafe.contract.desk.TicketHistory;
import cafe.contract.order.CancelOrder;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The order desk's calls, each to the context that owns the data, with the signed-in staff member's pass. */
final class JmsOrderDesk implements OrderDesk {

    private final Requests requests;
    private final Supplier<StaffPass> pass;

    JmsOrderDesk(Requests requests, Supplier<StaffPass> pass) {
        this.requests = requests;
        this.pass = pass;
    }

    @Override
    public CompletableFuture<OrderList> find(FindOrders query) {
        return signed(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.FIND_ORDERS, query, OrderList.class);
    }

    @Override
    public CompletableFuture<OrderStory> story(String orderId) {
        return signed(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.GET_ORDER_STORY, new OrderRef(orderId),
                OrderStory.class);
    }

    @Override
    public CompletableFuture<PaymentHistory> payments(String orderId) {
        return signed(Addresses.PAYMENT_MANAGER_QUERIES, MessageTypes.GET_PAYMENT_HISTORY, new OrderRef(orderId),
                PaymentHistory.class);
    }

    @Override
    public CompletableFuture<TicketHistory> ticket(String orderId) {
        return signed(Addresses.BARISTA_MANAGER_QUERIES, MessageTypes.GET_TICKET_HISTORY, new OrderRef(orderId),
                TicketHistory.class);
    }

    @Override
    public CompletableFuture<OrderStory> cancel(String orderId, String reason, String requestKey) {
        return signed(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(orderId, reason, requestKey), OrderStory.class);
    }

    @Override
    public CompletableFuture<FailedMessageList> failedMessages() {
        return signed(Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.LIST_FAILED_MESSAGES, Map.of(),
                FailedMessageList.class);
    }

    @Override
    public CompletableFuture<FailedMessage> retry(long id, String note) {
        return signed(Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.RETRY_FAILED_MESSAGE,
                new ResolveFailedMessage(id, note), FailedMessage.class);
    }

    @Override
    public CompletableFuture<FailedMessage> discard(long id, String reason) {
        return signed(Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.DISCARD_FAILED_MESSAGE,
                new ResolveFailedMessage(id, reason), FailedMessage.class);
    }

    private <T> CompletableFuture<T> signed(String address, String type, Object body, Class<T> replyType) {
        StaffPass current = pass.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.SIGN_IN_REQUIRED,
                    "Sign in with your staff PIN first"));
        }
        return requests.send(address, type, body, current.token(), replyType);
    }
}
