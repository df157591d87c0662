package cafe.client.jms;

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
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The order desk's calls, each to the context that owns the data, with the signed-in staff member's pass. */
final class JmsOrderDesk implements OrderDesk {

    private final StaffRequests signed;

    JmsOrderDesk(StaffRequests signed) {
        this.signed = signed;
    }

    @Override
    public CompletableFuture<OrderList> find(FindOrders query) {
        return signed.send(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.FIND_ORDERS, query, OrderList.class);
    }

    @Override
    public CompletableFuture<OrderStory> story(String orderId) {
        return signed.send(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.GET_ORDER_STORY, new OrderRef(orderId),
                OrderStory.class);
    }

    @Override
    public CompletableFuture<PaymentHistory> payments(String orderId) {
        return signed.send(Addresses.PAYMENT_MANAGER_QUERIES, MessageTypes.GET_PAYMENT_HISTORY, new OrderRef(orderId),
                PaymentHistory.class);
    }

    @Override
    public CompletableFuture<TicketHistory> ticket(String orderId) {
        return signed.send(Addresses.BARISTA_MANAGER_QUERIES, MessageTypes.GET_TICKET_HISTORY, new OrderRef(orderId),
                TicketHistory.class);
    }

    @Override
    public CompletableFuture<OrderStory> cancel(String orderId, String reason, String requestKey) {
        return signed.send(Addresses.ORDER_MANAGER_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(orderId, reason, requestKey), OrderStory.class);
    }

    @Override
    public CompletableFuture<FailedMessageList> failedMessages() {
        return signed.send(Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.LIST_FAILED_MESSAGES, Map.of(),
                FailedMessageList.class);
    }

    @Override
    public CompletableFuture<FailedMessage> retry(long id, String note) {
        return signed.send(Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.RETRY_FAILED_MESSAGE,
                new ResolveFailedMessage(id, note), FailedMessage.class);
    }

    @Override
    public CompletableFuture<FailedMessage> discard(long id, String reason) {
        return signed.send(Addresses.DEAD_LETTER_MANAGER_COMMANDS, MessageTypes.DISCARD_FAILED_MESSAGE,
                new ResolveFailedMessage(id, reason), FailedMessage.class);
    }
}
