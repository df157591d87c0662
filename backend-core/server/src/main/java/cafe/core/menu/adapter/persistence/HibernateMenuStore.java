package cafe.core.menu.adapter.persistence;

import cafe.contract.menu.Menu;
import cafe.core.menu.application.MenuStore;
import cafe.core.menu.domain.StoreMenu;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/** Keeps each menu version as a JSON document in {@code menu_version}. */
public final class HibernateMenuStore implements MenuStore {

    /** The entities this store maps, for the context's database. */
    public static final List<Class<?>> ENTITIES = List.of(MenuVersionEntity.class, AddedPictureEntity.class);

    private final Supplier<Session> session;
    private final ObjectMapper json;
    private final Clock clock;

    public HibernateMenuStore(Supplier<Session> session, ObjectMapper json, Clock clock) {
        this.session = session;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<StoreMenu> current() {
        return session.get()
                .createSelectionQuery("from MenuVersionEntity order by version desc", MenuVersionEntity.class)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(entity -> new StoreMenu(read(entity.menuJson())));
    }

    @Override
    public void save(StoreMenu menu, String change, String changedBy) {
        try {
            session.get().persist(new MenuVersionEntity(menu.version(), json.writeValueAsString(menu.menu()),
                    change, changedBy, clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store menu version " + menu.version(), e);
        }
    }

    @Override
    public void forgetOldest(String changedBy, int kept) {
        session.get()
                .createSelectionQuery("select version from MenuVersionEntity where changedBy = :by order by version desc",
                        Long.class)
                .setParameter("by", changedBy)
                .setFirstResult(kept)
                .setMaxResults(1)
                .uniqueResultOptional()
                .ifPresent(newestForgotten -> session.get()
                        .createMutationQuery("delete from MenuVersionEntity where changedBy = :by and version <= :upTo")
                        .setParameter("by", changedBy)
                        .setParameter("upTo", newestForgotten)
                        .executeUpdate());
    }

    private Menu read(String text) {
        try {
            return json.readValue(text, Menu.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored menu version cannot be read", e);
        }
    }
}
