package cafe.core.platform.messaging;

import static cafe.contract.wire.Addresses.BARISTA_COMMANDS;
import static cafe.contract.wire.Addresses.BARISTA_EVENTS;
import static cafe.contract.wire.Addresses.BARISTA_FEED;
import static cafe.contract.wire.Addresses.BARISTA_QUERIES;
import static cafe.contract.wire.Addresses.BARISTA_REPORTS;
import static cafe.contract.wire.Addresses.BOARD_EVENTS;
import static cafe.contract.wire.Addresses.BOARD_QUERIES;
import static cafe.contract.wire.Addresses.DEAD_LETTERS;
import static cafe.contract.wire.Addresses.EXPIRED;
import static cafe.contract.wire.Addresses.MENU_COMMANDS;
import static cafe.contract.wire.Addresses.MENU_EVENTS;
import static cafe.contract.wire.Addresses.MENU_MANAGER_COMMANDS;
import static cafe.contract.wire.Addresses.MENU_QUERIES;
import static cafe.contract.wire.Addresses.NOTIFICATION_COMMANDS;
import static cafe.contract.wire.Addresses.NOTIFICATION_MANAGER_COMMANDS;
import static cafe.contract.wire.Addresses.ORDER_COMMANDS;
import static cafe.contract.wire.Addresses.ORDER_EVENTS;
import static cafe.contract.wire.Addresses.ORDER_REPORTS;
import static cafe.contract.wire.Addresses.ORDER_SERVICE_EVENTS;
import static cafe.contract.wire.Addresses.ORDER_STAFF_COMMANDS;
import static cafe.contract.wire.Addresses.PAYMENT_EVENTS;
import static cafe.contract.wire.Addresses.PAIRING_REQUESTS;
import static cafe.contract.wire.Addresses.PAYMENT_REPORTS;
import static cafe.contract.wire.Addresses.PAYMENT_REQUESTS;
import static cafe.contract.wire.Addresses.STAFF_COMMANDS;

import cafe.contract.pairing.Pairing;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what on which address. Each terminal role may send to its command and query queues
 * and listen (through non-durable subscriptions) to its event addresses; every role may create and
 * read temporary reply queues, which the broker matches as {@code uuid.#} (they are named by a UUID),
 * and nothing else: no address or queue of a terminal's own choosing. The services user and admin
 * may send and consume everywhere; only admin reaches management. The pairing user may send to
 * {@code cafe.pairing.requests} and read its replies, nothing else.
 */
final class AddressPermissions {

    private static final List<String> CAFE_ADDRESSES = List.of(ORDER_COMMANDS, ORDER_STAFF_COMMANDS,
            MENU_QUERIES, MENU_COMMANDS, BARISTA_COMMANDS, BARISTA_QUERIES, BOARD_QUERIES, ORDER_EVENTS,
            ORDER_SERVICE_EVENTS, PAYMENT_REQUESTS, PAYMENT_EVENTS, BARISTA_EVENTS, BARISTA_FEED, MENU_EVENTS,
            BOARD_EVENTS,
            DEAD_LETTERS, EXPIRED, STAFF_COMMANDS, MENU_MANAGER_COMMANDS,
            ORDER_REPORTS, PAYMENT_REPORTS, BARISTA_REPORTS,
            NOTIFICATION_COMMANDS, NOTIFICATION_MANAGER_COMMANDS);

    private static final Map<Role, Set<String>> SENDS = Map.of(
            Role.KIOSK, Set.of(ORDER_COMMANDS, MENU_QUERIES, BARISTA_QUERIES, NOTIFICATION_COMMANDS),
            Role.BARISTA, Set.of(ORDER_STAFF_COMMANDS, MENU_QUERIES, MENU_COMMANDS, BARISTA_COMMANDS,
                    BARISTA_QUERIES, BOARD_QUERIES),
            Role.DISPLAY, Set.of(BOARD_QUERIES),
            Role.MANAGER, Set.of(STAFF_COMMANDS, MENU_QUERIES, MENU_MANAGER_COMMANDS, BARISTA_QUERIES,
                    ORDER_REPORTS, PAYMENT_REPORTS, BARISTA_REPORTS,
                    NOTIFICATION_MANAGER_COMMANDS));

    private static final Map<Role, Set<String>> CONSUMES = Map.of(
            Role.KIOSK, Set.of(ORDER_EVENTS, MENU_EVENTS),
            Role.BARISTA, Set.of(BARISTA_FEED, MENU_EVENTS, BOARD_EVENTS),
            Role.DISPLAY, Set.of(BOARD_EVENTS),
            Role.MANAGER, Set.of(MENU_EVENTS));

    /** The back office's order desk (orders, payments, tickets, failed messages): the manager sends, nobody else. */
    private static final List<String> ORDER_DESK = List.of(Addresses.ORDER_MANAGER_COMMANDS,
            Addresses.PAYMENT_MANAGER_QUERIES, Addresses.BARISTA_MANAGER_QUERIES, Addresses.DEAD_LETTER_MANAGER_COMMANDS);

    private AddressPermissions() {
    }

    /**
     * The embedded broker's security settings by address match: the store's addresses, pairing, and
     * temporary queues, which match {@code <temporaryNamespace>.#}; nothing else for anyone but the
     * services and admin.
     */
    static Map<String, Set<org.apache.activemq.artemis.core.security.Role>> bySettingMatch(String temporaryNamespace) {
        Map<String, Set<org.apache.activemq.artemis.core.security.Role>> settings = forStoreAddresses(
                BrokerUsers.SERVICES);
        Set<org.apache.activemq.artemis.core.security.Role> pairing = trusted(BrokerUsers.SERVICES);
        pairing.add(new org.apache.activemq.artemis.core.security.Role(Pairing.BROKER_USER, true, false, false,
                false, false, false, false, false, false, false, false, false));
        settings.put(PAIRING_REQUESTS, pairing);
        settings.put("activemq.#", trusted(BrokerUsers.SERVICES));
        settings.put("#", trusted(BrokerUsers.SERVICES));
        Set<org.apache.activemq.artemis.core.security.Role> replies = trusted(BrokerUsers.SERVICES);
        SENDS.keySet().forEach(role -> replies.add(temporaryQueues(role.user())));
        replies.add(temporaryQueues(Pairing.BROKER_USER));
        settings.put(temporaryNamespace + ".#", replies);
        return settings;
    }

    /**
     * The settings of the store's own addresses ({@code cafe.#}), the part an external broker gets
     * too: its operators keep the rest (management, temporary queues, their own addresses). Roles
     * are named after users: each terminal role's, and the services' by {@code servicesRole}.
     */
    static Map<String, Set<org.apache.activemq.artemis.core.security.Role>> forStoreAddresses(String servicesRole) {
        Map<String, Set<org.apache.activemq.artemis.core.security.Role>> settings = new HashMap<>();
        for (String address : CAFE_ADDRESSES) {
            Set<org.apache.activemq.artemis.core.security.Role> roles = trusted(servicesRole);
            SENDS.keySet().forEach(role -> roles.add(terminal(role, address)));
            settings.put(address, roles);
        }
        ORDER_DESK.forEach(address -> settings.put(address, managerOnly(servicesRole)));
        settings.put("cafe.#", trusted(servicesRole));
        return settings;
    }

    /** Only the services user and admin: for the platform's addresses and the services' own queues. */
    static Set<org.apache.activemq.artemis.core.security.Role> trusted(String servicesRole) {
        Set<org.apache.activemq.artemis.core.security.Role> roles = new HashSet<>();
        roles.add(everything(servicesRole, false));
        roles.add(everything(Role.ADMIN.user(), true));
        return roles;
    }

    private static org.apache.activemq.artemis.core.security.Role terminal(Role role, String address) {
        boolean send = SENDS.get(role).contains(address);
        boolean listen = CONSUMES.get(role).contains(address);
        return new org.apache.activemq.artemis.core.security.Role(role.user(), send, listen, false, false,
                listen, listen, false, false, false, false, false, false);
    }

    private static org.apache.activemq.artemis.core.security.Role temporaryQueues(String user) {
        return new org.apache.activemq.artemis.core.security.Role(user, true, true, false, false,
                true, true, false, false, true, true, false, false);
    }

    private static org.apache.activemq.artemis.core.security.Role everything(String user, boolean manage) {
        return new org.apache.activemq.artemis.core.security.Role(user, true, true, true, true,
                true, true, manage, true, true, true, manage, manage);
    }

    private static Set<org.apache.activemq.artemis.core.security.Role> managerOnly(String servicesRole) {
        Set<org.apache.activemq.artemis.core.security.Role> roles = trusted(servicesRole);
        roles.add(new org.apache.activemq.artemis.core.security.Role(Role.MANAGER.user(), true, false, false, false,
                false, false, false, false, false, false, false, false));
        return roles;
    }
}
