package cafe.core.order.adapter.persistence;

import cafe.contract.menu.Menu;
import cafe.core.order.application.MenuReplica;
import cafe.core.platform.persistence.PlainStatements;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Ordering's copy of the menu, one JSON row in {@code menu_replica}, read and written with plain SQL
 * ({@link PlainStatements}). Every order is priced against it, so the menu parsed from the stored
 * text is kept while that text stays the same (whoever changed it, an operator's SQL included). The
 * text is compared as its stored bytes: turning a full menu's 14 KB into a string for every order
 * cost more than the comparison.
 */
public final class HibernateMenuReplica implements MenuReplica {

    private static final int ONLY_ROW = 1;

    private final Supplier<Session> session;
    private final JsonColumn json;
    private final Clock clock;
    private volatile Parsed parsed;

    public HibernateMenuReplica(Supplier<Session> session, ObjectMapper json, Clock clock) {
        this.session = session;
        this.json = new JsonColumn(json);
        this.clock = clock;
    }

    @Override
    public Optional<Menu> current() {
        return PlainStatements.one(session.get(), "SELECT menu_json FROM menu_replica WHERE id = ?",
                row -> row.getBytes("menu_json"), ONLY_ROW).map(this::parsed);
    }

    private Menu parsed(byte[] text) {
        Parsed known = parsed;
        if (known == null || !Arrays.equals(known.utf8(), text)) {
            known = new Parsed(text, json.read(new String(text, StandardCharsets.UTF_8), Menu.class));
            parsed = known;
        }
        return known.menu();
    }

    /** The stored text (UTF-8) and the menu it parsed to. */
    private record Parsed(byte[] utf8, Menu menu) {
    }

    @Override
    public void replace(Menu menu) {
        PlainStatements.update(session.get(), "INSERT INTO menu_replica (id, version, menu_json, received_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
                + " menu_json = excluded.menu_json, received_at = excluded.received_at", ONLY_ROW, menu.version(),
                json.write(menu), clock.instant());
    }
}
