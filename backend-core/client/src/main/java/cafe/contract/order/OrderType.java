package cafe.contract.order;

/** Where the customer will have the order. */
public enum OrderType {
    DINE_IN, TAKE_OUT
}
