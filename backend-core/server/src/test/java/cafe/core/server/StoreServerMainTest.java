package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.platform.persistence.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cafe-server} as an operator types it: help, version, options, and one clear line for a mistake. */
class StoreServerMainTest {

    @TempDir
    Path folder;

    private String out;
    private String err;

    private int run(String... args) {
        StoreServerCommands.Result result = StoreServerCommands.run(args);
        out = result.out();
        err = result.err();
        return result.exitCode();
    }

    private static StoreConfig parsed(String... args) {
        CommandLine cli = StoreServerMain.commandLine();
        cli.parseArgs(args);
        return cli.<StoreServerMain>getCommand().options().storeConfig();
    }

    @Test
    void helpNamesEveryCommandAndOption() {
        assertThat(run("--help")).isZero();

        assertThat(out).contains("Usage: cafe-server", "run", "--data", "--port", "--lan-port", "--bind",
                "--log-dir", "--gateway-decline-rate", "--version");
    }

    @Test
    void versionIsTheBuildsVersion() {
        assertThat(run("--version")).isZero();

        assertThat(out.trim()).matches("cafe-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCodeTwo() {
        assertThat(run("--frobnicate")).isEqualTo(2);

        assertThat(err).hasLineCount(1).contains("Unknown option: '--frobnicate'", "cafe-server --help");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThat(run("--port", "70000")).isEqualTo(2);
        assertThat(err).hasLineCount(1).contains("--port must be 1..65535, was 70000");

        assertThat(run("run", "--lan-port", "0")).isEqualTo(2);
        assertThat(err).contains("cafe-server run: --lan-port must be 1..65535, was 0");
    }

    @Test
    void aDataFolderOfAnotherUserIsRefusedWithHowToRunTheCommand() throws Exception {
        Path theirs = someoneElsesFolder();
        assertThat(DataFolderOption.otherOwner(folder)).as("this user's own").isEmpty();

        assertThat(run("check", "--data", theirs.toString())).isEqualTo(1);

        assertThat(err).hasLineCount(1).contains(theirs + " belongs to ", ": run this as ", "sudo -u ");
    }

    /** Run as root, a folder given to nobody (uid 65534); run as anyone else, the file system's root, root's. */
    private Path someoneElsesFolder() throws Exception {
        if (DataFolderOption.otherOwner(Path.of("/")).isPresent()) {
            return Path.of("/");
        }
        Path given = Files.createDirectory(folder.resolve("nobodys"));
        Files.setAttribute(given, "unix:uid", 65_534);
        return given;
    }

    @Test
    void checkOnAFolderThatHoldsNoStoreSaysSoWithStatusTwo() {
        assertThat(run("check", "--data", folder.toString())).isEqualTo(2);

        assertThat(err).contains("no ordering.db in " + folder);
    }

    @Test
    void aSettingsFileSetsTheStoresTimeZoneWhateverThePcIsOn() throws Exception {
        ZoneId notThePcs = ZoneId.systemDefault().equals(ZoneId.of("Asia/Seoul")) ? ZoneId.of("Pacific/Chatham")
                : ZoneId.of("Asia/Seoul");
        Path settings = Files.write(folder.resolve("server.properties"), List.of("store.time-zone = " + notThePcs));

        assertThat(parsed("--settings", settings.toString()).clock().getZone()).isEqualTo(notThePcs);
        assertThat(parsed().clock().getZone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void aSettingsFileChoosesTheDatabasesAndABadOneIsOneLineNamingItsLine() throws Exception {
        Path settings = Files.write(folder.resolve("server.properties"), List.of("database.kind = postgresql",
                "database.url = jdbc:postgresql://db.example/cafe", "database.user = cafe",
                "database.password = s3cret", "database.pool-size = 6"));
        assertThat(parsed("--settings", settings.toString()).database())
                .isEqualTo(DatabaseSettings.postgresql("jdbc:postgresql://db.example/cafe", "cafe", "s3cret", 6));
        assertThat(parsed().database()).as("without a file").isEqualTo(DatabaseSettings.sqliteFiles());

        Files.write(settings, List.of("database.kind = oracle"));
        assertThat(run("run", "--settings", settings.toString())).isEqualTo(2);
        assertThat(err).hasLineCount(1).contains("cafe-server run: " + settings
                + " line 1: database.kind must be sqlite or postgresql, was 'oracle'");
        assertThat(run("--help")).isZero();
        assertThat(out).contains("--settings", "database.kind", "database.pool-size");
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("orders.txt"), "not a folder");

        assertThat(run("--data", file.toString())).isEqualTo(2);

        assertThat(err).hasLineCount(1).contains("--data " + file + " is a file, not a folder");
    }

    @Test
    void theOptionsMakeTheStoreConfig() {
        StoreConfig config = parsed("--data", "store-data", "--port", "61999", "--lan-port", "62000");

        assertThat(config.dataDir()).isEqualTo(Path.of("store-data"));
        assertThat(config.port()).isEqualTo(61999);
        assertThat(config.lanPort()).isEqualTo(62000);
        assertThat(config.bindHost()).isEqualTo(StoreConfig.ALL_INTERFACES);
        assertThat(config.businessDayStartHour()).isEqualTo(StoreConfig.DEFAULT_DAY_START_HOUR);
        assertThat(config.gateway()).isEqualTo(GatewaySimulation.counterLike());
    }

    @Test
    void theSimulatedCardNetworkIsSetOnTheCommandLine() {
        StoreConfig config = parsed("--gateway-latency-ms", "0", "--gateway-timeout-ms", "3000",
                "--gateway-decline-rate", "0.25");

        assertThat(config.gateway()).isEqualTo(new GatewaySimulation(Duration.ZERO, Duration.ofSeconds(3), 0.25));
        assertThat(run("--gateway-decline-rate", "2")).isEqualTo(2);
        assertThat(err).contains("--gateway-decline-rate must be within 0..1, was 2.0");
        assertThat(run("--gateway-latency-ms", "soon")).isEqualTo(2);
        assertThat(err).contains("--gateway-latency-ms", "soon");
    }
}
