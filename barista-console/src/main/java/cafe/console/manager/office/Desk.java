package cafe.console.manager.office;

import cafe.client.ManagerClient;
import cafe.console.manager.report.SaveAs;
import cafe.terminal.i18n.Texts;
import java.time.ZoneId;
import java.util.concurrent.Executor;

/**
 * What every section works with: the signed-in client, the manager texts, the FX thread as an
 * executor for results, the calls under the staff pass (one refused because the pass ran out goes
 * again once the staff member signed in again), where to save a file the manager exports, and the
 * store's time zone, in which times are shown and typed (the sign-in told it).
 */
public record Desk(ManagerClient client, Texts texts, Executor ui, StaffCalls calls, SaveAs saveAs, ZoneId zone) {
}
