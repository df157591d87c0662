package cafe.core.platform.messaging;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.ActiveMQAddressExistsException;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQQueueExistsException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Artemis broker run by others (a primary and its replicating backup, say): the services reach
 * it over TCP with the settings' user, fail over to the backup and reconnect by themselves. At
 * start it sets the cafe's {@link DeliveryPolicy} on the broker through its management address and
 * declares the store's queues, and sets who may do what on the store's addresses as the embedded
 * broker has it, by role names, so an empty broker needs nothing but users, each in the role of its
 * own name; the broker's journal, backups and monitoring are its operators'.
 */
public final class ExternalBroker implements StoreBroker {

    private static final Logger log = LoggerFactory.getLogger(ExternalBroker.class);
    private static final String MANAGEMENT_ADDRESS = "activemq.management";

    private final ExternalBrokerSettings settings;
    private final Duration paymentRequestExpiry;
    private final ServerLocator locator;
    private final ClientSessionFactory sessions;
    /** Declarations and depth queries; a core session is not thread-safe, so every use holds this object. */
    private final ClientSession admin;

    private ExternalBroker(ExternalBrokerSettings settings, Duration paymentRequestExpiry, ServerLocator locator,
                           ClientSessionFactory sessions, ClientSession admin) {
        this.settings = settings;
        this.paymentRequestExpiry = paymentRequestExpiry;
        this.locator = locator;
        this.sessions = sessions;
        this.admin = admin;
    }

    /**
     * Connects, applies the delivery policy (payment requests going stale after {@code paymentRequestExpiry})
     * and declares the store's addresses and queues.
     */
    public static ExternalBroker connect(ExternalBrokerSettings settings, Duration paymentRequestExpiry) {
        ServerLocator locator = null;
        try {
            locator = ActiveMQClient.createServerLocator(settings.servicesUrl());
            ClientSessionFactory sessions = locator.createSessionFactory();
            ClientSession admin = sessions.createSession(settings.user(), settings.password(), false, true, true,
                    false, 0);
            admin.start();
            ExternalBroker broker = new ExternalBroker(settings, paymentRequestExpiry, locator, sessions, admin);
            broker.applyDeliveryPolicy();
            broker.applyPermissions();
            broker.declareTopology();
            log.info("services connected to the external broker {} as {}", settings.terminalUrl(), settings.user());
            return broker;
        } catch (Exception e) {
            if (locator != null) {
                locator.close();
            }
            throw new IllegalStateException("cannot use the external broker " + settings.terminalUrl() + " as "
                    + settings.user() + ": " + e.getMessage(), e);
        }
    }

    private void applyDeliveryPolicy() throws Exception {
        for (Map.Entry<String, AddressSettings> setting
                : DeliveryPolicy.byMatch(paymentRequestExpiry).entrySet()) {
            manage("addAddressSettings", setting.getKey(), setting.getValue().toJSON());
        }
    }

    /**
     * Sets who may do what on the store's addresses, as the embedded broker has it, by role names:
     * each terminal role's user's name, and the services user's (the operators make the roles).
     */
    private void applyPermissions() throws Exception {
        for (Map.Entry<String, Set<Role>> setting : AddressPermissions.forStoreAddresses(settings.user()).entrySet()) {
            protect(setting.getKey(), setting.getValue());
        }
    }

    private void protect(String match, Set<Role> roles) throws Exception {
        manage("addSecuritySettings", match, named(roles, Role::isSend), named(roles, Role::isConsume),
                named(roles, Role::isCreateDurableQueue), named(roles, Role::isDeleteDurableQueue),
                named(roles, Role::isCreateNonDurableQueue), named(roles, Role::isDeleteNonDurableQueue),
                named(roles, Role::isManage), named(roles, Role::isBrowse), named(roles, Role::isCreateAddress),
                named(roles, Role::isDeleteAddress));
    }

    private static String named(Set<Role> roles, Predicate<Role> may) {
        return roles.stream().filter(may).map(Role::getName).sorted().collect(Collectors.joining(","));
    }

    private void declareTopology() {
        Topology.COMMAND_QUEUES.forEach(this::declareCommandQueue);
        Topology.EVENT_ADDRESSES.forEach(this::declareEventAddress);
        Topology.PLATFORM_QUEUES.forEach(this::declare);
    }

    /** Calls a broker management operation; the services user needs the manage permission. */
    private synchronized void manage(String operation, Object... parameters) throws Exception {
        try (ClientRequestor requestor = new ClientRequestor(admin, MANAGEMENT_ADDRESS)) {
            ClientMessage request = admin.createMessage(false);
            ManagementHelper.putOperationInvocation(request, ResourceNames.BROKER, operation, parameters);
            ClientMessage reply = requestor.request(request);
            if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
                throw new IllegalStateException("the broker refused " + operation + ": "
                        + (reply == null ? "no answer" : ManagementHelper.getResult(reply)));
            }
        }
    }

    @Override
    public Connection openServiceConnection() throws JMSException {
        return ServiceConnections.open(factory(), credentials());
    }

    @Override
    public Connection openServiceConnection(int consumers) throws JMSException {
        return ServiceConnections.forSlowConsumers(factory(), consumers, credentials());
    }

    @Override
    public Connection openConfirmingConnection() throws JMSException {
        return ServiceConnections.confirmingSends(factory(), credentials());
    }

    private ActiveMQConnectionFactory factory() {
        return new ActiveMQConnectionFactory(settings.servicesUrl());
    }

    private ServiceConnections.Credentials credentials() {
        return new ServiceConnections.Credentials(settings.user(), settings.password());
    }

    /** The services' own queue: nobody else may read it by its full name, from before it exists. */
    @Override
    public void declare(DurableSubscription subscription) {
        try {
            protect(subscription.fullyQualifiedName(), AddressPermissions.trusted(settings.user()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot protect queue " + subscription.queue(), e);
        }
        createQueue(subscription.queueConfiguration());
    }

    @Override
    public void declareCommandQueue(String queue) {
        createQueue(Topology.commandQueue(queue));
    }

    private synchronized void declareEventAddress(String address) {
        try {
            createAddress(SimpleString.of(address), RoutingType.MULTICAST);
        } catch (ActiveMQException e) {
            throw new IllegalStateException("cannot declare address " + address, e);
        }
    }

    private synchronized void createQueue(QueueConfiguration queue) {
        try {
            createAddress(queue.getAddress(), queue.getRoutingType());
            if (!admin.queueQuery(queue.getName()).isExists()) {
                admin.createQueue(queue);
            }
        } catch (ActiveMQQueueExistsException e) {
            log.debug("queue {} declared meanwhile by another server", queue.getName());
        } catch (ActiveMQException e) {
            throw new IllegalStateException("cannot declare queue " + queue.getName(), e);
        }
    }

    /** Another server of the store starting at the same time may create it between the query and here. */
    private void createAddress(SimpleString address, RoutingType routing) throws ActiveMQException {
        if (!admin.addressQuery(address).isExists()) {
            try {
                admin.createAddress(address, EnumSet.of(routing), false);
            } catch (ActiveMQAddressExistsException e) {
                log.debug("address {} declared meanwhile by another server", address);
            }
        }
    }

    @Override
    public synchronized long depth(String queue) {
        try {
            ClientSession.QueueQuery query = admin.queueQuery(SimpleString.of(queue));
            return query.isExists() ? query.getMessageCount() : 0;
        } catch (ActiveMQException e) {
            throw new IllegalStateException("cannot read the depth of " + queue, e);
        }
    }

    /** The broker's operators own its journal. */
    @Override
    public void compactJournal() {
        log.debug("the external broker's journal is left to its operators");
    }

    @Override
    public synchronized void close() {
        try {
            admin.close();
        } catch (ActiveMQException e) {
            log.warn("the external broker's admin session did not close cleanly: {}", e.toString());
        }
        sessions.close();
        locator.close();
    }
}
