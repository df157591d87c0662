package cafe.core.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.Role;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.persistence.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server settings file as an administrator writes it: defaults, PostgreSQL, and every mistake by its line. */
class ServerSettingsTest {

    @TempDir
    Path folder;

    @Test
    void noFileAndAnEmptyFileBothMeanSqliteFilesAsToday() throws Exception {
        assertThat(ServerSettings.defaults().database()).isEqualTo(DatabaseSettings.sqliteFiles());
        assertThat(settings("# nothing set yet", "").database()).isEqualTo(DatabaseSettings.sqliteFiles());
    }

    @Test
    void postgresqlWithAPasswordFileBesideTheSettings() throws Exception {
        Files.writeString(folder.resolve("database.password"), "s3cret\n");

        DatabaseSettings database = settings(
                "database.kind = postgresql",
                "database.url = jdbc:postgresql://db.example:5432/cafe",
                "database.user=cafe",
                "database.password-file = database.password",
                "database.pool-size = 8").database();

        assertThat(database).isEqualTo(DatabaseSettings.postgresql("jdbc:postgresql://db.example:5432/cafe", "cafe",
                "s3cret", 8));
        assertThat(database.toString()).doesNotContain("s3cret");
    }

    @Test
    void theStoresTimeZoneIsThePcsUnlessTheFileNamesOne() throws Exception {
        assertThat(ServerSettings.defaults().timeZone()).isEmpty();
        assertThat(settings("store.time-zone = Asia/Seoul").timeZone()).contains(ZoneId.of("Asia/Seoul"));
        assertThat(problem("", "store.time-zone = Seoul"))
                .endsWith("line 2: store.time-zone must be a time zone such as Asia/Seoul, was 'Seoul'");
    }

    @Test
    void everyBadValueNamesItsLineAndKey() {
        assertThat(problem("database.kind = mysql"))
                .endsWith("line 1: database.kind must be sqlite or postgresql, was 'mysql'");
        assertThat(problem("", "database.pool-size = ten"))
                .endsWith("line 2: database.pool-size must be a whole number from 1 to 100, was 'ten'");
        assertThat(problem("database.pool-size = 0")).contains("line 1: database.pool-size must be");
        assertThat(problem("database.kind = postgresql", "database.url = postgres://db/cafe"))
                .endsWith("line 2: database.url must be jdbc:postgresql://HOST[:PORT]/DATABASE, was 'postgres://db/cafe'");
        assertThat(problem("database.url = jdbc:postgresql://db/cafe"))
                .endsWith("line 1: database.url is for database.kind = postgresql only");
        assertThat(problem("database.user =")).endsWith("line 1: database.user has no value");
        assertThat(problem("database.kind = sqlite", "database.kind = postgresql"))
                .endsWith("line 2: database.kind is set a second time (first on line 1)");
        assertThat(problem("just some words")).endsWith("line 1: expected key = value, was 'just some words'");
    }

    @Test
    void aMisspeltKeyIsRefusedRatherThanLeftAtItsDefault() {
        assertThat(problem("# PostgreSQL", "databse.kind = postgresql"))
                .contains("line 2: unknown key 'databse.kind'; the keys are ", "database.kind", "database.url");
    }

    @Test
    void postgresqlNeedsItsUrlUserAndPassword() throws Exception {
        assertThat(problem("database.kind = postgresql", "database.user = cafe", "database.password = x"))
                .endsWith("database.kind = postgresql needs database.url (jdbc:postgresql://HOST[:PORT]/DATABASE)");
        assertThat(problem("database.kind = postgresql", "database.url = jdbc:postgresql://db/cafe",
                "database.password = x")).endsWith("database.kind = postgresql needs database.user (the login)");
        assertThat(problem("database.kind = postgresql", "database.url = jdbc:postgresql://db/cafe",
                "database.user = cafe")).contains("needs database.password-file (a file holding the password)");
        assertThat(problem("database.kind = postgresql", "database.url = jdbc:postgresql://db/cafe",
                "database.user = cafe", "database.password-file = missing.password"))
                .contains("line 4: database.password-file " + folder.resolve("missing.password"), "cannot be read");
        assertThat(problem("database.kind = postgresql", "database.url = jdbc:postgresql://db/cafe",
                "database.user = cafe", "database.password = x", "database.password-file = p"))
                .endsWith("line 5: give database.password or database.password-file, not both");
    }

    @Test
    void anExternalBrokerPairByItsServersWithTheTerminalsPasswordsFromTheirOwnFile() throws Exception {
        Files.writeString(folder.resolve("broker.password"), "services-secret\n");
        Files.writeString(folder.resolve("terminals.passwords"), "kiosk = k-secret\nbarista=b-secret\n");

        ExternalBrokerSettings broker = settings(
                "broker.kind = external",
                "broker.servers = mq1.example:61616, mq2.example:61616",
                "broker.user = cafe-services",
                "broker.password-file = broker.password",
                "broker.terminal-passwords-file = terminals.passwords").externalBroker().orElseThrow();

        assertThat(broker.servicesUrl()).startsWith("(tcp://mq1.example:61616,tcp://mq2.example:61616)?ha=true");
        assertThat(broker.terminalUrl()).isEqualTo("(tcp://mq1.example:61616,tcp://mq2.example:61616)");
        assertThat(broker.user()).isEqualTo("cafe-services");
        assertThat(broker.password()).isEqualTo("services-secret");
        assertThat(broker.terminalPassword(Role.KIOSK)).contains("k-secret");
        assertThat(broker.terminalPassword(Role.BARISTA)).contains("b-secret");
        assertThat(broker.terminalPassword(Role.DISPLAY)).as("no user for the display").isEmpty();
        assertThat(ServerSettings.defaults().externalBroker()).as("embedded without a file").isEmpty();
    }

    @Test
    void everyBadBrokerValueNamesItsLineAndKey() throws Exception {
        assertThat(problem("broker.kind = rabbitmq"))
                .endsWith("line 1: broker.kind must be embedded or external, was 'rabbitmq'");
        assertThat(problem("broker.servers = mq1:61616")).endsWith("line 1: broker.servers is for broker.kind = external only");
        assertThat(problem("broker.kind = external", "broker.user = cafe", "broker.password = x"))
                .endsWith("broker.kind = external needs broker.servers (HOST:PORT, the primary first, then its backup)");
        assertThat(problem("broker.kind = external", "broker.servers = mq1:61616, mq2", "broker.user = cafe",
                "broker.password = x")).endsWith("line 2: broker.servers: 'mq2' is not host:port");
        assertThat(problem("broker.kind = external", "broker.servers = mq1:61616", "broker.password = x"))
                .endsWith("broker.kind = external needs broker.user (the services' login)");
        assertThat(problem("broker.kind = external", "broker.servers = mq1:61616", "broker.user = cafe"))
                .contains("needs broker.password-file (a file holding the password) or broker.password");
        Files.writeString(folder.resolve("terminals.passwords"), "till = t\n");
        assertThat(problem("broker.kind = external", "broker.servers = mq1:61616", "broker.user = cafe",
                "broker.password = x", "broker.terminal-passwords-file = terminals.passwords"))
                .contains("line 5: ", "names 'till', which is no terminal role");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> ServerSettings.read(folder.resolve("server.properties")))
                .isInstanceOf(SettingsProblem.class)
                .hasMessage("the settings file " + folder.resolve("server.properties") + " does not exist");
    }

    private ServerSettings settings(String... lines) throws Exception {
        return ServerSettings.read(Files.write(folder.resolve("server.properties"), java.util.List.of(lines)));
    }

    private String problem(String... lines) {
        try {
            settings(lines);
        } catch (SettingsProblem problem) {
            assertThat(problem.getMessage()).startsWith(folder.resolve("server.properties").toString());
            return problem.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem found in " + String.join("\n", lines));
    }
}
