package cafe.client.jms;

import cafe.client.ManagerClient;
import cafe.client.staff.StaffPin;
import cafe.contract.staff.SignIn;
import cafe.contract.staff.StaffList;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.util.concurrent.CompletableFuture;

/** The manager screen's calls: staff and signing in. */
final class JmsManagerClient implements ManagerClient {

    private final Requests requests;

    JmsManagerClient(Requests requests) {
        this.requests = requests;
    }

    @Override
    public CompletableFuture<StaffList> staff() {
        return requests.query(Addresses.STAFF_COMMANDS, MessageTypes.LIST_STAFF, StaffList.class);
    }

    @Override
    public CompletableFuture<StaffPass> signIn(String staffId, char[] pin) {
        SignIn command = new SignIn(staffId, new String(pin));
        StaffPin.wipe(pin);
        return requests.send(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN, command, StaffPass.class);
    }
}
