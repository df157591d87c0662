package cafe.core.order.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.wire.Json;
import cafe.core.menu.adapter.seed.BundledMenu;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HibernateMenuReplicaTest {

    @TempDir
    Path dataDir;
    private ServiceDatabase database;
    private HibernateMenuReplica replica;
    private final Menu seed = BundledMenu.load(BundledMenu.DEFAULT_RESOURCE, Json.newMapper());

    @BeforeEach
    void openDatabase() {
        database = ServiceDatabase.open(dataDir, "ordering", OrderingSchema.ENTITIES, Json.newMapper(),
                Clock.systemUTC());
        replica = new HibernateMenuReplica(database::session, Json.newMapper(), Clock.systemUTC());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void noMenuUntilOneArrivesThenTheOneStored() {
        assertThat(current()).isEmpty();

        database.transactions().run(() -> replica.replace(seed));

        assertThat(current()).get().usingRecursiveComparison().isEqualTo(seed);
    }

    @Test
    void anOperatorsPriceChangeInTheStoredTextIsSeenAtTheNextOrder() {
        database.transactions().run(() -> replica.replace(seed));
        MenuItem first = seed.items().get(0);
        long price = first.basePriceWon();
        long samePrintedLength = price + 100;
        assertThat(Long.toString(samePrintedLength)).as("the text keeps its length").hasSameSizeAs(Long.toString(price));
        assertThat(firstPrice()).isEqualTo(price);

        database.transactions().run(() -> PlainStatements.update(database.session(),
                "UPDATE menu_replica SET menu_json = replace(menu_json, ?, ?)",
                "\"basePriceWon\":" + price, "\"basePriceWon\":" + samePrintedLength));

        assertThat(firstPrice()).isEqualTo(samePrintedLength);
    }

    private long firstPrice() {
        return current().orElseThrow().items().get(0).basePriceWon();
    }

    private Optional<Menu> current() {
        return database.transactions().inTransaction(replica::current);
    }
}
