package cafe.core.server.settings;

/** A settings file the server cannot start with; the message names the file, the line and the key. */
public final class SettingsProblem extends RuntimeException {

    SettingsProblem(String message) {
        super(message);
    }
}
