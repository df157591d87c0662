package cafe.core.crash;

import cafe.contract.barista.CheckItem;
import cafe.contract.barista.TicketAction;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderType;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.MessageTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Requests no honest terminal sends, drawn from a seeded random: bodies that are not JSON, JSON of the
 * wrong shape, fields of the wrong type, required fields missing, bodies far longer than the store
 * reads, absurd values (a billion cups, three hundred lines of 99, unknown orders), and types no queue
 * knows. Every one is built to be refused; none could be a valid request by chance. All stay within
 * what the broker lets a terminal send at all (twice what the store reads): beyond it the broker
 * drops the message unread ({@code BrokerSecurityTest} shows that), here the store must answer.
 */
final class FuzzedRequests {

    /** The command and query queues, with the request types each answers. */
    static final Map<String, List<String>> QUEUES = Map.of(
            Addresses.ORDER_COMMANDS, List.of(MessageTypes.PLACE_ORDER, MessageTypes.RETRY_PAYMENT,
                    MessageTypes.CANCEL_ORDER, MessageTypes.GET_ORDER),
            Addresses.ORDER_STAFF_COMMANDS, List.of(MessageTypes.CANCEL_ORDER, MessageTypes.GET_ORDER),
            Addresses.MENU_QUERIES, List.of(MessageTypes.GET_MENU),
            Addresses.MENU_COMMANDS, List.of(MessageTypes.SET_AVAILABILITY),
            Addresses.BARISTA_COMMANDS, List.of(MessageTypes.START_TICKET, MessageTypes.CHECK_ITEM,
                    MessageTypes.MARK_READY, MessageTypes.MARK_PICKED_UP, MessageTypes.RECALL_TICKET),
            Addresses.BARISTA_QUERIES, List.of(MessageTypes.GET_BAR_QUEUE, MessageTypes.GET_DAY_STATS,
                    MessageTypes.GET_WAIT_ESTIMATE),
            Addresses.BOARD_QUERIES, List.of(MessageTypes.GET_PICKUP_BOARD));

    /** Queries that read no body: only their type can be wrong. */
    static final Set<String> BODILESS = Set.of(MessageTypes.GET_MENU, MessageTypes.GET_BAR_QUEUE,
            MessageTypes.GET_DAY_STATS, MessageTypes.GET_WAIT_ESTIMATE, MessageTypes.GET_PICKUP_BOARD);

    private static final String NO_ORDER = "o-" + UUID.nameUUIDFromBytes(new byte[] {0});
    private static final List<String> NOT_JSON = List.of("{", "{\"orderId\":", "not json", "<order/>", "{'a': 1}",
            "[1, 2", "\u0000\u0001\u0002", "{\"lines\": [}", "undefined", "NaN");
    private static final List<String> WRONG_SHAPES = List.of("[]", "42", "\"PlaceOrder\"", "true", "null",
            "[{\"itemId\": \"americano\"}]", "-1e309");
    private static final List<String> UNKNOWN_TYPES = List.of("", "placeorder", "PlaceOrder ", "DROP TABLE orders",
            "MarkReadyAll", "T".repeat(5_000), "Pair", MessageTypes.ORDER_UPDATED);

    /** One fuzzed request: where it goes, its type header (null for none) and its body. */
    record Request(String queue, String type, String body, String kind) {

        boolean knownType() {
            return type != null && QUEUES.get(queue).contains(type);
        }

        @Override
        public String toString() {
            return kind + " " + type + " on " + queue + ": "
                    + (body.length() > 120 ? body.substring(0, 120) + "... (" + body.length() + " chars)" : body);
        }
    }

    private final Random random;
    private final ObjectMapper json;

    FuzzedRequests(long seed, ObjectMapper json) {
        this.random = new Random(seed);
        this.json = json;
    }

    Request next(List<String> queues) {
        String queue = pick(queues);
        List<String> types = QUEUES.get(queue);
        if (random.nextInt(8) == 0) {
            return new Request(queue, random.nextInt(4) == 0 ? null : pick(UNKNOWN_TYPES), valid(pick(types)).toString(),
                    "unknown type");
        }
        String type = pick(types);
        return switch (random.nextInt(6)) {
            case 0 -> new Request(queue, type, pick(NOT_JSON), "not JSON");
            case 1 -> new Request(queue, type, pick(WRONG_SHAPES), "wrong shape");
            case 2 -> new Request(queue, type, wrongFieldType(valid(type)).toString(), "wrong field type");
            case 3 -> new Request(queue, type, "{}", "missing fields");
            case 4 -> new Request(queue, type, tooLong(valid(type)).toString(), "too long");
            default -> new Request(queue, type, absurd(type).toString(), "absurd value");
        };
    }

    /** A request of the type as a terminal would send it, for an order the store never saw. */
    private ObjectNode valid(String type) {
        Object body = switch (type) {
            case MessageTypes.PLACE_ORDER -> new PlaceOrder(UUID.randomUUID().toString(), "kiosk-9", OrderType.DINE_IN,
                    List.of(new CartLine("americano", List.of("size-regular", "hot"), 1)), 4_500,
                    new CardToken(TestCards.APPROVE, "VISA", "4242"), null);
            case MessageTypes.RETRY_PAYMENT -> new RetryPayment(NO_ORDER, new CardToken(TestCards.APPROVE, "VISA", "4242"),
                    UUID.randomUUID().toString(), 1);
            case MessageTypes.CANCEL_ORDER -> new CancelOrder(NO_ORDER, "changed my mind", UUID.randomUUID().toString());
            case MessageTypes.SET_AVAILABILITY -> new SetAvailability("no-such-item", false);
            case MessageTypes.CHECK_ITEM -> new CheckItem(NO_ORDER, 0, true);
            case MessageTypes.START_TICKET, MessageTypes.MARK_READY, MessageTypes.MARK_PICKED_UP,
                    MessageTypes.RECALL_TICKET -> new TicketAction(NO_ORDER, "Bar 1");
            default -> Map.of("orderId", NO_ORDER);
        };
        return json.valueToTree(body);
    }

    /** One field, chosen at random, given a value no reader can take for it. */
    private ObjectNode wrongFieldType(ObjectNode body) {
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = pick(fields);
        JsonNode value = body.get(field);
        if (value.isContainerNode()) {
            body.put(field, random.nextBoolean() ? "text" : "42");
        } else {
            body.set(field, random.nextBoolean() ? json.createObjectNode().put("x", 1) : json.createArrayNode().add(1));
        }
        return body;
    }

    private ObjectNode tooLong(ObjectNode body) {
        int length = Headers.MAX_REQUEST_CHARS + 1 + random.nextInt(Headers.MAX_REQUEST_CHARS / 2);
        return body.put("padding", "x".repeat(length));
    }

    private ObjectNode absurd(String type) {
        ObjectNode body = valid(type);
        return switch (type) {
            case MessageTypes.PLACE_ORDER -> absurdOrder(body);
            case MessageTypes.CHECK_ITEM -> body.put("lineIndex", random.nextBoolean() ? -5 : Integer.MAX_VALUE);
            case MessageTypes.SET_AVAILABILITY -> body.put("itemId", "../../" + "x".repeat(random.nextInt(2_000)));
            default -> body.put("orderId", random.nextBoolean() ? "" : "o-" + "9".repeat(random.nextInt(3_000)));
        };
    }

    private ObjectNode absurdOrder(ObjectNode order) {
        ArrayNode lines = (ArrayNode) order.get("lines");
        switch (random.nextInt(6)) {
            case 0 -> ((ObjectNode) lines.get(0)).put("quantity", 1_000_000_000);
            case 1 -> ((ObjectNode) lines.get(0)).put("quantity", -3);
            case 2 -> order.set("lines", json.valueToTree(Collections.nCopies(300,
                    new CartLine("americano", List.of("size-regular", "hot"), 99))));
            case 3 -> order.put("kioskId", "k".repeat(5_000 + random.nextInt(20_000)));
            case 4 -> order.put("expectedTotalWon", random.nextBoolean() ? -4_500 : Long.MAX_VALUE);
            default -> order.set("lines", json.createArrayNode());
        }
        return order;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
