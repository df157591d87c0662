package cafe.core.menu.adapter.seed;

import cafe.contract.menu.Menu;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The menu shipped with the product: a JSON {@link Menu} on the class path. */
public final class BundledMenu {

    /** The menu the product ships with. */
    public static final String DEFAULT_RESOURCE = "cafe/core/menu/seed-menu.json";

    private BundledMenu() {
    }

    public static Menu load(String resource, ObjectMapper json) {
        try (InputStream in = BundledMenu.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundled menu at " + resource + " on the class path");
            }
            return json.readValue(in, Menu.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled menu " + resource, e);
        }
    }
}
