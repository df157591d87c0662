package cafe.core.staff;

import cafe.contract.staff.SignIn;
import cafe.contract.staff.StaffList;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.staff.adapter.persistence.HibernateStaffRoster;
import cafe.core.staff.application.Enrolment;
import cafe.core.staff.application.StaffService;

/**
 * The staff context: who may sign in at the manager screen, their hashed PINs and every sign-in,
 * in {@code staff.db}; ListStaff and SignIn on the staff commands. SignIn runs outside a
 * transaction because the service commits a wrong PIN's count before it refuses, and tells a
 * request delivered again by its id, since its answer (a pass) is not kept.
 */
public final class StaffContext implements StoreContext {

    public static final String DATABASE = "staff";

    @Override
    public void wire(StorePlatform platform) {
        var database = platform.database(DATABASE, HibernateStaffRoster.ENTITIES);
        var roster = new HibernateStaffRoster(database::session);
        var staff = new StaffService(roster, platform.staffPasses()::issue, database.transactions(), platform.clock());
        var enrolment = new Enrolment(roster, database.transactions(), platform.clock());
        platform.serve(Addresses.STAFF_COMMANDS, new RequestRoutes()
                .ask(MessageTypes.LIST_STAFF, () -> new StaffList(enrolment.staff()))
                .onOwnTransactionsById(MessageTypes.SIGN_IN, SignIn.class, staff::signIn));
    }
}
