package cafe.core.notification.adapter.messaging;

import cafe.contract.receipt.FindReceipt;
import cafe.contract.receipt.LeaveContact;
import cafe.contract.receipt.PrintReceipt;
import cafe.contract.receipt.ResendReceipt;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.OrderPaid;
import cafe.core.notification.application.ContactBook;
import cafe.core.notification.application.ReceiptDesk;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.messaging.Topology;
import cafe.core.platform.persistence.ServiceDatabase;

/**
 * The notification context's customer side on the broker: paid orders (receipt and contact), the
 * kiosk's contact step, and the manager's receipts, each with a staff pass.
 */
public final class ReachEndpoints {

    private ReachEndpoints() {
    }

    public static void wire(StorePlatform platform, ServiceDatabase database, ContactBook contacts,
                            ReceiptDesk receipts) {
        platform.subscribe(Topology.NOTIFICATION_ORDER_EVENTS, database, new EventRoutes()
                .on(OrderPaid.TYPE, OrderPaid.class, contacts::paid));
        platform.serve(Addresses.NOTIFICATION_COMMANDS, database, new RequestRoutes()
                .on(MessageTypes.LEAVE_CONTACT, LeaveContact.class, contacts::leave));
        platform.serve(Addresses.NOTIFICATION_MANAGER_COMMANDS, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.FIND_RECEIPT, FindReceipt.class, receipts::find)
                .onStaffOwnTransactions(MessageTypes.RESEND_RECEIPT, ResendReceipt.class, receipts::resend)
                .onStaffOwnTransactions(MessageTypes.PRINT_RECEIPT, PrintReceipt.class, receipts::print));
    }
}
