package cafe.core.order.adapter.persistence;

import cafe.contract.menu.Menu;
import cafe.core.order.application.MenuReplica;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/** Ordering's copy of the menu, one JSON row in {@code menu_replica}. */
public final class HibernateMenuReplica implements MenuReplica {

    private final Supplier<Session> session;
    private final JsonColumn json;
    private final Clock clock;

    public HibernateMenuReplica(Supplier<Session> session, ObjectMapper json, Clock clock) {
        this.session = session;
        this.json = new JsonColumn(json);
        this.clock = clock;
    }

    @Override
    public Optional<Menu> current() {
        return Optional.ofNullable(session.get().find(MenuReplicaEntity.class, MenuReplicaEntity.ONLY_ROW))
                .map(row -> json.read(row.menuJson, Menu.class));
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
