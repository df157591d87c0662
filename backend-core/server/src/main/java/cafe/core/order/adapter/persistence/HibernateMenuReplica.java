package cafe.core.order.adapter.persistence;

import cafe.contract.menu.Menu;
import cafe.core.order.application.MenuReplica;
import cafe.core.platform.persistence.PlainStatements;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Ordering's copy of the menu, one JSON row in {@code menu_replica}, read and written with plain SQL
 * ({@link PlainStatements}). Every order is priced against it, so the menu parsed from the stored
 * text is kept while the row's version and arrival time stay the same: each order reads those two
 * numbers, not the whole text (14 KB for the test menu).
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
        return PlainStatements.one(session.get(), "SELECT version, received_at FROM menu_replica WHERE id = ?",
                row -> new Stamp(row.getLong("version"), row.getLong("received_at")), ONLY_ROW).map(this::parsed);
    }

    private Menu parsed(Stamp stamp) {
        Parsed known = parsed;
        if (known == null || !known.stamp().equals(stamp)) {
            String text = PlainStatements.one(session.get(), "SELECT menu_json FROM menu_replica WHERE id = ?",
                    row -> row.getString("menu_json"), ONLY_ROW).orElseThrow();
            known = new Parsed(stamp, json.read(text, Menu.class));
            parsed = known;
        }
        return known.menu();
    }

    /** Which stored menu a row holds: its version and when it arrived (epoch ms). */
    private record Stamp(long version, long receivedAt) {
    }

    /** The stored menu's stamp and the menu it parsed to. */
    private record Parsed(Stamp stamp, Menu menu) {
    }

    @Override
    public void replace(Menu menu) {
        PlainStatements.update(session.get(), "INSERT INTO menu_replica (id, version, menu_json, received_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
                + " menu_json = excluded.menu_json, received_at = excluded.received_at", ONLY_ROW, menu.version(),
                json.write(menu), clock.instant());
    }
}
