package cafe.contract.pairing;

/**
 * The broker user a terminal being paired connects as. Its password is no secret: the user may
 * only send Pair requests and read their answers, and a Pair request needs the code's secret.
 */
public final class Pairing {

    public static final String BROKER_USER = "pairing";
    public static final String BROKER_PASSWORD = "pairing";

    private Pairing() {
    }
}
