package cafe.core.notification;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.ReceiptDesk;
import cafe.client.jms.CafeClients;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.TicketAction;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.PlaceOrder;
import cafe.contract.receipt.LeaveContact;
import cafe.contract.receipt.ReceiptAction;
import cafe.contract.receipt.ReceiptView;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.notification.adapter.channel.SmsGatewaySettings;
import cafe.core.notification.adapter.channel.SmtpSettings;
import cafe.core.platform.EventRecorder;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import cafe.core.staff.StaffFixture;
import cafe.core.testing.Refusal;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that reach the customer, on a real StoreServer whose mail provider is GreenMail and whose
 * SMS gateway is a local HTTP stub: the kiosk's contact, the receipt and "ready" by e-mail, the text
 * message, the contact deleted once collected or at the day's end, and the manager's receipts.
 */
class CustomerReachTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static GreenMail mail;
    private static HttpServer gateway;
    private static final List<String> textMessages = new CopyOnWriteArrayList<>();
    /** The key each order was placed with, as its kiosk keeps it. */
    private static final Map<String, String> ORDER_KEYS = new ConcurrentHashMap<>();
    private static RunningStore store;
    private static CafeConnection managerScreen;

    @BeforeAll
    static void openTheStore() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/messages", exchange -> {
            textMessages.add(exchange.getRequestHeaders().getFirst("X-API-Key") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        gateway.start();
        CustomerReach reach = CustomerReach.loggedOnly(dataDir).withStoreName("카페 한옥")
                .withSmtp(new SmtpSettings("127.0.0.1", mail.getSmtp().getPort(), SmtpSettings.Security.NONE, null,
                        null, "store@cafe.test"))
                .withSms(new SmsGatewaySettings(URI.create("http://127.0.0.1:" + gateway.getAddress().getPort()
                        + "/messages"), "key-7", "0212345678"));
        store = new RunningStore(StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU)
                .withReach(reach));
        StaffFixture.enrol(dataDir, "kim", "Kim Minji", "2468");
        managerScreen = CafeClients.connect(store.server().terminalConfig(Role.MANAGER));
        await().atMost(DEADLINE).until(() -> managerScreen.state() == ConnectionState.CONNECTED);
        managerScreen.manager().signIn("kim", "2468".toCharArray()).join();
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        managerScreen.close();
        store.close();
        gateway.stop(0);
        mail.stop();
    }

    @Test
    void aCustomerWhoLeftAnEmailGetsTheReceiptAndReadyAndIsForgottenOnceCollected() throws Exception {
        OrderAccepted order = paidOrder();
        assertThat(leaveContact(order, "minji@cafe.test").isOk()).isTrue();

        MimeMessage receipt = awaitMail("minji@cafe.test", 1).get(0);
        assertThat(receipt.getSubject()).contains("영수증").contains(String.valueOf(order.orderNumber()));
        assertThat(GreenMailUtil.getBody(receipt)).isNotEmpty();
        assertThat(receipt.getContent().toString()).contains("카페 한옥", "아메리카노", "크루아상", "8,300",
                "부가세 VAT 10%", "755", "VISA ****4242");

        bar(MessageTypes.START_TICKET, order);
        bar(MessageTypes.MARK_READY, order);
        MimeMessage ready = awaitMail("minji@cafe.test", 2).get(1);
        assertThat(ready.getContent().toString()).contains("주문하신 " + order.orderNumber() + "번 음료가 준비되었습니다");

        bar(MessageTypes.MARK_PICKED_UP, order);
        await().atMost(DEADLINE).until(() -> store.query("notification",
                "select count(*) from contact where order_id = '" + order.orderId() + "'") == 0);
        assertThat(store.query("notification", "select count(*) from notification where recipient like '%minji%'"))
                .isZero();
    }

    @Test
    void aCustomerWhoLeftAPhoneNumberIsTextedThroughTheGateway() throws Exception {
        OrderAccepted order = paidOrder();
        leaveContact(order, "010-2345-6789");

        bar(MessageTypes.START_TICKET, order);
        bar(MessageTypes.MARK_READY, order);

        await().atMost(DEADLINE).until(() -> textMessages.stream().anyMatch(sent -> sent.contains("01023456789")));
        assertThat(textMessages).filteredOn(sent -> sent.contains("01023456789")).singleElement().satisfies(sent -> {
            assertThat(sent).startsWith("key-7 ");
            assertThat(sent).contains("\"from\":\"0212345678\"", "주문하신 " + order.orderNumber() + "번");
        });
    }

    @Test
    void anotherKioskLeavingAContactForAnOrderItDidNotPlaceIsRefusedAndTheRealOneStillLeavesIts() throws Exception {
        OrderAccepted order = paidOrder();
        await().atMost(DEADLINE).until(() -> store.query("notification",
                "select count(*) from receipt where order_id = '" + order.orderId() + "'") == 1);

        Reply stolen = leaveContact(order, "a key read nowhere", "thief@cafe.test");

        assertThat(stolen.code()).isEqualTo(ErrorCode.FORBIDDEN.name());
        assertThat(store.query("notification",
                "select count(*) from contact where order_id = '" + order.orderId() + "'")).isZero();
        assertThat(leaveContact(order, "yuna@cafe.test").isOk()).isTrue();
        awaitMail("yuna@cafe.test", 1);
        assertThat(mail.getReceivedMessagesForDomain("thief@cafe.test")).isEmpty();
    }

    @Test
    void somethingThatIsNeitherANumberNorAnAddressIsRefusedAndNothingIsKept() throws Exception {
        OrderAccepted order = paidOrder();

        Reply reply = leaveContact(order, "minji at home");

        assertThat(reply.code()).isEqualTo(ErrorCode.CONTACT_INVALID.name());
        assertThat(reply.message()).contains("010-1234-5678", "name@example.com");
        assertThat(store.query("notification",
                "select count(*) from contact where order_id = '" + order.orderId() + "'")).isZero();
    }

    @Test
    void theManagerFindsResendsAndPrintsAReceiptAndEachIsRecordedOnce() throws Exception {
        OrderAccepted order = paidOrder();
        ReceiptDesk receipts = managerScreen.manager().receipts();

        ReceiptView found = await().atMost(DEADLINE).until(() -> receipts.find(order.orderNumber()).handle(
                (view, failure) -> view).join(), view -> view != null && view.orderId().equals(order.orderId()));
        assertThat(found.totalWon()).isEqualTo(8_300);
        assertThat(found.vatWon()).isEqualTo(755);
        assertThat(found.printed()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(42));

        String resend = UUID.randomUUID().toString();
        receipts.resend(resend, order.orderId(), "jisoo@cafe.test").join();
        ReceiptView resentTwice = receipts.resend(resend, order.orderId(), "jisoo@cafe.test").join();
        awaitMail("jisoo@cafe.test", 1);

        String print = UUID.randomUUID().toString();
        receipts.print(print, order.orderId()).join();
        ReceiptView printed = receipts.print(print, order.orderId()).join();

        assertThat(resentTwice.history()).extracting(ReceiptAction::action).containsExactly("RESENT");
        assertThat(printed.history()).extracting(ReceiptAction::action, ReceiptAction::staffId, ReceiptAction::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RESENT", "kim", "j***@cafe.test"),
                        org.assertj.core.groups.Tuple.tuple("PRINTED", "kim", null));
        assertThat(Files.readString(dataDir.resolve("receipts").resolve(order.orderId() + ".txt")))
                .contains("영수증 RECEIPT", "#" + order.orderNumber());
        assertThat(mail.getReceivedMessagesForDomain("jisoo@cafe.test")).hasSize(1);
        assertThat(Refusal.of(receipts.find(998)).code()).isEqualTo(ErrorCode.RECEIPT_NOT_FOUND);
        assertThat(Refusal.of(receipts.resend(UUID.randomUUID().toString(), order.orderId(), "jisoo"))
                .code()).isEqualTo(ErrorCode.CONTACT_INVALID);
    }

    @Test
    void contactsLeftBeforeTheStoreDayBeganAreDeletedAtTheLatestWhenTheServerStarts() throws Exception {
        store.execute("notification", "insert into contact (order_id, kind, address, left_at) "
                + "values ('yesterday', 'PHONE', '010-9999-8888', 1000)");

        store.restart();

        assertThat(store.query("notification", "select count(*) from contact where order_id = 'yesterday'")).isZero();
        await().atMost(DEADLINE).until(() -> managerScreen.state() == ConnectionState.CONNECTED);
    }

    private OrderAccepted paidOrder() throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        EventRecorder updates = kiosk.record(Addresses.ORDER_EVENTS);
        PlaceOrder placing = order(APPROVING_CARD, 8_300, americano(1), croissant(1));
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, placing);
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        OrderAccepted order = kiosk.json().convertValue(reply.data(), OrderAccepted.class);
        ORDER_KEYS.put(order.orderId(), placing.idempotencyKey());
        updates.await(MessageTypes.ORDER_UPDATED, body -> order.orderId().equals(body.path("orderId").asText())
                && OrderStatus.PAID.name().equals(body.path("status").asText()));
        TestTerminal barista = store.terminal(Role.BARISTA);
        await().atMost(DEADLINE).until(() -> barista.json().convertValue(barista.request(Addresses.BARISTA_QUERIES,
                MessageTypes.GET_BAR_QUEUE, "{}").data(), BarQueue.class).active().stream()
                .anyMatch(ticket -> ticket.orderId().equals(order.orderId())));
        return order;
    }

    /** Leaves the contact as the kiosk that placed the order does, with the key it placed it with. */
    private Reply leaveContact(OrderAccepted order, String contact) throws Exception {
        return leaveContact(order, ORDER_KEYS.get(order.orderId()), contact);
    }

    private Reply leaveContact(OrderAccepted order, String orderKey, String contact) throws Exception {
        return store.terminal(Role.KIOSK).request(Addresses.NOTIFICATION_COMMANDS, MessageTypes.LEAVE_CONTACT,
                new LeaveContact(order.orderId(), orderKey, contact));
    }

    private void bar(String command, OrderAccepted order) throws Exception {
        Reply reply = store.terminal(Role.BARISTA).request(Addresses.BARISTA_COMMANDS, command,
                new TicketAction(order.orderId(), "Bar 1"));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
    }

    private static List<MimeMessage> awaitMail(String to, int count) {
        await().atMost(DEADLINE).until(() -> mail.getReceivedMessagesForDomain(to).length >= count);
        return List.of(mail.getReceivedMessagesForDomain(to));
    }
}
