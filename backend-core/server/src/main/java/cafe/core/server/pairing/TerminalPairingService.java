package cafe.core.server.pairing;

import cafe.contract.pairing.PairingGrant;
import cafe.contract.pairing.PairingRequest;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.RequestRoutes;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs terminals on other PCs: hands out codes to the operator (through the control socket, so
 * only someone on the back-office PC with access to the data folder gets one) and answers Pair
 * requests on {@code cafe.pairing.requests}, which reach the server only over the LAN's TLS, with
 * the role's broker user and password.
 */
public final class TerminalPairingService {

    private static final Logger log = LoggerFactory.getLogger(TerminalPairingService.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PairingDesk desk;
    private final Function<Role, String> passwords;
    private final Duration requestTimeout;
    private final int lanPort;

    public TerminalPairingService(PairingDesk desk, Function<Role, String> passwords, Duration requestTimeout,
                                  int lanPort) {
        this.desk = desk;
        this.passwords = passwords;
        this.requestTimeout = requestTimeout;
        this.lanPort = lanPort;
    }

    /** Starts answering Pair requests. */
    public void serve(StorePlatform platform) {
        platform.serve(Addresses.PAIRING_REQUESTS, new RequestRoutes()
                .onOwnTransactions(MessageTypes.PAIR, PairingRequest.class, this::pair));
    }

    private PairingGrant pair(PairingRequest request) {
        desk.redeem(request.secret(), request.role());
        log.info("a {} terminal is paired", request.role().user());
        return new PairingGrant(request.role().user(), passwords.apply(request.role()), requestTimeout.toMillis());
    }

    /** {@code pair <role>} on the control socket: a new code and what to do with it, as lines for the operator. */
    public List<String> issue(List<String> arguments) {
        Role role = roleNamed(arguments);
        PairingDesk.Handout handout = desk.issue(role);
        log.info("a pairing code for a {} terminal was handed out", role.user());
        return List.of(handout.code().toString(),
                "Pairing code for a " + role.user() + " terminal, good once until "
                        + TIME.format(handout.goodUntil().atZone(ZoneId.systemDefault())) + ".",
                "On the terminal, pair with " + String.join(" or ", addresses()) + " (port " + lanPort
                        + ") and type the code.");
    }

    private static Role roleNamed(List<String> arguments) {
        String name = arguments.isEmpty() ? "" : arguments.get(0);
        for (Role role : Role.values()) {
            if (role != Role.ADMIN && role.user().equals(name.toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("pairing is for a kiosk, barista or display terminal, not '" + name + "'");
    }

    /** This PC's LAN addresses, to tell the operator what to type on the terminal. */
    private static List<String> addresses() {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                if (nic.isUp() && !nic.isLoopback()) {
                    nic.inetAddresses().filter(Inet4Address.class::isInstance)
                            .map(InetAddress::getHostAddress).forEach(found::add);
                }
            }
        } catch (SocketException e) {
            log.warn("cannot list this PC's network addresses", e);
        }
        return found.isEmpty() ? List.of("this PC's address") : found;
    }
}
