package cafe.console.manager;

import cafe.client.CafeException;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import java.util.Optional;

/** What a manager reads when a call fails: the store's own reason where it gives one, in words otherwise. */
public final class Failures {

    private Failures() {
    }

    public static Optional<ErrorCode> code(Throwable failure) {
        return CafeException.of(failure).map(CafeException::code);
    }

    /** The store was not reached or did not answer, rather than refusing: worth asking again once it is back. */
    public static boolean storeAway(Throwable failure) {
        return code(failure).map(code -> code == ErrorCode.NOT_CONNECTED || code == ErrorCode.TIMEOUT
                || code == ErrorCode.STORE_UNAVAILABLE).orElse(false);
    }

    /**
     * A refusal of the manager's input (the server names the rule) is shown as the server wrote it;
     * a lost connection or time-out in the screen's language.
     */
    public static String describe(Throwable failure, Texts texts) {
        return CafeException.of(failure).map(e -> switch (e.code()) {
            case NOT_CONNECTED -> texts.get("failure.offline");
            case TIMEOUT -> texts.get("failure.timeout");
            case STORE_UNAVAILABLE -> texts.get("failure.storeUnavailable");
            case SIGN_IN_REQUIRED -> texts.get("failure.signIn");
            case FORBIDDEN -> texts.get("failure.forbidden");
            default -> e.getMessage();
        }).orElse(texts.get("failure.unexpected"));
    }
}
