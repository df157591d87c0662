package cafe.client;

import cafe.contract.staff.StaffList;
import cafe.contract.staff.StaffPass;
import java.util.concurrent.CompletableFuture;

/**
 * What the manager screen may do. A staff member signs in with their PIN first; the pass they get
 * goes with every later manager command, so the server records who changed what.
 */
public interface ManagerClient {

    /** The staff who may sign in, by name. */
    CompletableFuture<StaffList> staff();

    /**
     * Signs a staff member in. Fails with PIN_WRONG (the message says how many tries are left) or
     * PIN_LOCKED (and until when). The PIN is wiped once sent.
     */
    CompletableFuture<StaffPass> signIn(String staffId, char[] pin);
}
