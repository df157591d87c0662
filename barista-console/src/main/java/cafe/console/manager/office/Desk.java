package cafe.console.manager.office;

import cafe.client.ManagerClient;
import cafe.terminal.i18n.Texts;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every section works with: the signed-in client, the manager texts, the FX thread as an
 * executor for results, and the way back to the sign-in card with a reason (a pass that ran out).
 */
public record Desk(ManagerClient client, Texts texts, Executor ui, Consumer<String> signInAgain) {
}
