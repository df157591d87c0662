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
 * it, so the parsed menu is kept while the stored version stays the same: a placed order reads
 * the version, not the whole menu.
 */
public final class HibernateMenuReplica implements MenuReplica {

    private final Supplier<Session> session;
    private final JsonColumn json;
    private final Clock clock;
    private volatile Menu parsed;

    public HibernateMenuReplica(Supplier<Session> session, ObjectMapper json, Clock clock) {
        this.session = session;
        this.json = new JsonColumn(json);
        this.clock = clock;
    }

    @Override
    public Optional<Menu> current() {
        Optional<Long> stored = session.get()
                .createSelectionQuery("select version from MenuReplicaEntity where id = :id", Long.class)
                .setParameter("id", MenuReplicaEntity.ONLY_ROW).uniqueResultOptional();
        Menu known = parsed;
        if (stored.isEmpty() || known != null && known.version() == stored.get()) {
            return stored.map(version -> known);
        }
        Menu menu = json.read(session.get().find(MenuReplicaEntity.class, MenuReplicaEntity.ONLY_ROW).menuJson,
                Menu.class);
        parsed = menu;
        return Optional.of(menu);
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
