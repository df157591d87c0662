package cafe.core.server;

import cafe.contract.staff.StaffMember;
import cafe.contract.wire.Json;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.staff.StaffContext;
import cafe.core.staff.adapter.persistence.HibernateStaffRoster;
import cafe.core.staff.application.Enrolment;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cafe-server staff add|list --data DIR}: who may sign in at the manager screen. Works on a
 * running or stopped server's data folder.
 */
@Command(name = "staff", description = "The staff who may sign in at the manager screen.",
        subcommands = {StaffCommand.Add.class, StaffCommand.Listing.class})
final class StaffCommand {

    @Command(name = "add", description = "Adds a staff member with their PIN (asked for, not echoed; "
            + "read from standard input when there is no terminal).")
    static final class Add implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Mixin
        private DataFolderOption data;
        @Mixin
        private SettingsOption settings;
        @Option(names = "--id", required = true, paramLabel = "ID", description = "Short sign-in name, e.g. kim.")
        private String id;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name shown on the screen.")
        private String name;
        @Option(names = "--pin", required = true, interactive = true, arity = "0..1",
                description = "4 to 12 digits.")
        private char[] pin;

        @Override
        public Integer call() {
            ServerLogging.quiet();
            try (ServiceDatabase database = staffDatabase(data, settings)) {
                enrolment(database).enrol(id, name, pin);
            } catch (IllegalArgumentException refused) {
                throw new CommandFailure(refused.getMessage(), refused);
            }
            spec.commandLine().getOut().println(id + " may now sign in at the manager screen.");
            return 0;
        }
    }

    @Command(name = "list", description = "Lists the staff who may sign in.")
    static final class Listing implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Mixin
        private DataFolderOption data;
        @Mixin
        private SettingsOption settings;

        @Override
        public Integer call() {
            ServerLogging.quiet();
            try (ServiceDatabase database = staffDatabase(data, settings)) {
                for (StaffMember member : enrolment(database).staff()) {
                    spec.commandLine().getOut().println(member.id() + "\t" + member.name());
                }
            }
            return 0;
        }
    }

    private static ServiceDatabase staffDatabase(DataFolderOption data, SettingsOption settings) {
        return ServiceDatabase.open(settings.settings().database().databases(data.folder()), StaffContext.DATABASE,
                HibernateStaffRoster.ENTITIES, Json.newMapper(), Clock.systemUTC());
    }

    private static Enrolment enrolment(ServiceDatabase database) {
        return new Enrolment(new HibernateStaffRoster(database::session), database.transactions(), Clock.systemUTC());
    }
}
