package cafe.terminal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.staff.StaffPin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A screen's command line as its user meets it: help, version, mistakes, no display, and its log file. */
class TerminalLauncherTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpListsTheSharedOptionsAndEndsWell() {
        int status = run("--help");

        assertThat(status).isEqualTo(ExitStatus.DONE);
        assertThat(out.toString()).contains("cafe-sample", "--config=FILE", "--windowed", "--geometry=WxH[+X+Y]",
                "--lang=ko|en", "--help", "--version", "in % of the screen");
        assertThat(out.toString()).as("picocli formats descriptions: a % must be written %%").doesNotContain("%%");
    }

    @Test
    void versionIsTheBuildsVersion() {
        int status = run("--version");

        assertThat(status).isEqualTo(ExitStatus.DONE);
        assertThat(out.toString().trim()).isEqualTo("cafe-sample " + BuildVersion.version());
        assertThat(BuildVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrongAndEndsWithTheUsageStatus() {
        assertThat(run("--lang", "fr")).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("--lang", "must be ko or en, not 'fr'");

        assertThat(run("--geometry", "huge")).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("'huge' is not WIDTHxHEIGHT[+X+Y]");

        assertThat(run("--fullscreen")).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--fullscreen'");
    }

    @Test
    void anApplianceHasTheHashPinCommandAndOtherScreensDoNot() {
        Program kiosk = new Program("kiosk", "kiosk", cafe.terminal.window.WindowMode.APPLIANCE);

        assertThat(TerminalLauncher.commandLine(kiosk, new SampleScreen.Options()).getSubcommands()).containsKey("hash-pin");
        assertThat(TerminalLauncher.commandLine(SampleScreen.App.PROGRAM, new SampleScreen.Options()).getSubcommands()).isEmpty();
    }

    @Test
    void hashPinWithOwnerPrintsTheOwnersCodeLineAndRefusesAShortOne() {
        Program kiosk = new Program("kiosk", "kiosk", cafe.terminal.window.WindowMode.APPLIANCE);

        assertThat(hashPin(kiosk, "123456789")).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("The owner's code has 10 to 12 digits; nothing was changed.");
        assertThat(out.toString()).isEmpty();

        assertThat(hashPin(kiosk, "2024122599")).isEqualTo(ExitStatus.DONE);
        String line = out.toString().trim();
        assertThat(line).startsWith("kiosk.owner-code=pbkdf2-sha256$").doesNotContain("2024122599");
        assertThat(StaffPin.parse(line.substring(line.indexOf('=') + 1)).matches("2024122599".toCharArray())).isTrue();
    }

    @Test
    void withoutADisplayItStopsWithOneClearSentence(@TempDir Path logs) throws Exception {
        Result result = launch(logs, List.of(), "DISPLAY");

        assertThat(result.status()).isEqualTo(ExitStatus.NO_DISPLAY);
        assertThat(result.output()).isEqualTo("The sample needs a graphical display and this session has none"
                + " (DISPLAY is not set): start it from the PC's desktop.");
    }

    @Test
    void aScreenLogsToItsOwnFileAndEndsWithTheStatusItWasLeftWith(@TempDir Path logs) throws Exception {
        List<String> headless = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

        Result result = launch(logs, headless, null, "--end-with", "7");

        assertThat(result.status()).as(result.output()).isEqualTo(7);
        String logged = Files.readString(logs.resolve("sample.log"));
        assertThat(logged).contains("order=order-42 The sample screen is up", "The sample is open: FULL_SCREEN");
        assertThat(result.output()).contains("The sample screen is up");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return TerminalLauncher.run(SampleScreen.App.PROGRAM, SampleScreen.App.class, new SampleScreen.Options(), args,
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** {@code hash-pin --owner} with the code on standard input, as from a script. */
    private int hashPin(Program program, String code) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        InputStream keyboard = System.in;
        System.setIn(new ByteArrayInputStream((code + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return TerminalLauncher.run(program, SampleScreen.App.class, new SampleScreen.Options(),
                    new String[] {"hash-pin", "--owner"}, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.setIn(keyboard);
        }
    }

    private record Result(int status, String output) {
    }

    /** The sample screen in a JVM of its own, as a store PC starts it; {@code unset} is left out of its environment. */
    private static Result launch(Path logs, List<String> jvmOptions, String unset, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcafe.log.dir=" + logs));
        command.addAll(jvmOptions);
        command.add(SampleScreen.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (unset != null) {
            builder.environment().remove(unset);
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the sample screen did not end: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
