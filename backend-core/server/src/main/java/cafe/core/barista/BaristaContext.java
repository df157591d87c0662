package cafe.core.barista;

import cafe.core.barista.adapter.messaging.BarEndpoints;
import cafe.core.barista.adapter.persistence.HibernateTickets;
import cafe.core.barista.application.BarQueries;
import cafe.core.barista.application.BarService;
import cafe.core.barista.application.BarSettings;
import cafe.core.barista.application.PrepReport;
import cafe.core.barista.application.Tickets;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.DayReport;

/** The barista queue context: paid orders become tickets the baristas make and hand over. */
public final class BaristaContext implements StoreContext {

    public static final String DATABASE = "barista";

    private final BarSettings settings;

    public BaristaContext(BarSettings settings) {
        this.settings = settings;
    }

    @Override
    public void wire(StorePlatform platform) {
        ServiceDatabase database = platform.database(DATABASE, HibernateTickets.ENTITIES);
        Tickets tickets = new HibernateTickets(database, platform.json());
        BarService bar = new BarService(database.transactions(), tickets, database.outbox(), platform.clock(),
                settings);
        BarQueries queries = new BarQueries(database.transactions(), tickets, platform.clock(), settings);
        BarEndpoints.wire(platform, database, bar, queries);
        var days = new BusinessDays(platform.clock(), settings.dayStartHour());
        BarEndpoints.wireReports(platform, database, new DayReport<>("prep times", days, database.transactions(),
                new PrepReport(tickets, days)::of));
    }
}
