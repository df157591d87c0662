package cafe.core.order.adapter.persistence;

import cafe.contract.menu.Menu;
import cafe.core.order.application.MenuReplica;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Ordering's copy of the menu, one JSON row in {@code menu_replica}. Every order is priced against
 * it, so the menu parsed from the stored text is kept while that text stays the same (whoever
 * changed it, an operator's SQL included).
 */
public final class HibernateMenuReplica implements MenuReplica {

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
        MenuReplicaEntity row = session.get().find(MenuReplicaEntity.class, MenuReplicaEntity.ONLY_ROW);
        if (row == null) {
            return Optional.empty();
        }
        Parsed known = parsed;
        if (known == null || !known.json().equals(row.menuJson)) {
            known = new Parsed(row.menuJson, json.read(row.menuJson, Menu.class));
            parsed = known;
        }
        return Optional.of(known.menu());
    }

    /** The stored text and the menu it parsed to. */
    private record Parsed(String json, Menu menu) {
    }

    @Override
    public void replace(Menu menu) {
        MenuReplicaEntity row = session.get().find(MenuReplicaEntity.class, MenuReplicaEntity.ONLY_ROW);
        if (row == null) {
            session.get().persist(new MenuReplicaEntity(menu.version(), json.write(menu), clock.instant()));
            return;
        }
        row.version = menu.version();
        row.menuJson = json.write(menu);
        row.receivedAt = clock.instant();
    }
}
