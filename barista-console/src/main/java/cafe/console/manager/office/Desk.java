package cafe.console.manager.office;

import cafe.client.ManagerClient;
import cafe.console.manager.report.SaveAs;
import cafe.terminal.i18n.Texts;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What every section works with: the signed-in client, the manager texts, the FX thread as an
 * executor for results, the way back to the sign-in card with a reason (a pass that ran out), and
 * where to save a file the manager exports.
 */
public record Desk(ManagerClient client, Texts texts, Executor ui, Consumer<String> signInAgain, SaveAs saveAs) {
}
