package cafe.core.notification.application;

/** The notification context's stores, which always live in one database together. */
public record NotificationStore(PickupBoards boards, Contacts contacts, Notifications notifications,
                                Receipts receipts) {
}
