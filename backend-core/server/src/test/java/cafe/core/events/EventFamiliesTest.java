package cafe.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.CardToken;
import cafe.contract.order.OrderType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every event the contexts exchange names its wire type once, as a constant, and no two share one. */
class EventFamiliesTest {

    private static final List<OrderingEvent> ORDERING = List.of(
            new PaymentRequested("o-1", 101, 1, 4_500, new CardToken("tok", "VISA", "4242")),
            new OrderPaid("o-1", 101, OrderType.DINE_IN, List.of(), Instant.EPOCH, null, null, null),
            new OrderCancelled("o-1", 101, true, 4_500, "staff"));
    private static final List<PaymentEvent> PAYMENT = List.of(
            new PaymentApproved("o-1", 1, "p-1", 4_500, "A1", "VISA", "4242"),
            new PaymentDeclined("o-1", 1, "CARD_DECLINED", "declined"),
            new PaymentRefunded("o-1", "p-1", 4_500));

    @Test
    void eachEventsTypeIsItsConstantAndTheSamplesCoverEveryMember() throws ReflectiveOperationException {
        List<Object> samples = new ArrayList<>(ORDERING);
        samples.addAll(PAYMENT);
        for (Object event : samples) {
            String type = event instanceof OrderingEvent ordering ? ordering.type() : ((PaymentEvent) event).type();
            assertThat(type).as(event.getClass().getName()).isEqualTo(typeConstantOf(event.getClass()));
        }
        assertThat(samples).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(members());
    }

    @Test
    void noTwoEventsShareAType() throws ReflectiveOperationException {
        List<String> types = new ArrayList<>();
        for (Class<?> member : members()) {
            types.add(typeConstantOf(member));
        }
        assertThat(types).doesNotHaveDuplicates();
    }

    private static List<Class<?>> members() {
        return Stream.of(OrderingEvent.class, PaymentEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses())).toList();
    }

    private static String typeConstantOf(Class<?> member) throws ReflectiveOperationException {
        Field type = member.getField("TYPE");
        assertThat(Modifier.isStatic(type.getModifiers()) && Modifier.isFinal(type.getModifiers())).isTrue();
        return (String) type.get(null);
    }
}
