package cafe.console.bar;

import cafe.contract.LocalizedText;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketLine;
import cafe.contract.barista.TicketStatus;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the drinks still to make by item and options, most first; among equals the one the
 * oldest ticket asks for comes first. Ready tickets and ticked-off lines are made already.
 */
public final class AllDayCounts {

    private AllDayCounts() {
    }

    public static List<AllDayCount> of(List<Ticket> tickets) {
        Map<List<Object>, AllDayCount> counts = new LinkedHashMap<>();
        tickets.stream()
                .filter(t -> t.status() == TicketStatus.QUEUED || t.status() == TicketStatus.IN_PREPARATION)
                .flatMap(t -> t.lines().stream())
                .filter(line -> !line.done())
                .forEach(line -> counts.merge(keyOf(line),
                        new AllDayCount(line.name(), line.options(), line.quantity()),
                        (a, b) -> new AllDayCount(a.name(), a.options(), a.count() + b.count())));
        return counts.values().stream()
                .sorted(Comparator.comparingInt(AllDayCount::count).reversed())
                .toList();
    }

    private static List<Object> keyOf(TicketLine line) {
        List<String> options = line.options().stream().map(LocalizedText::ko).sorted().toList();
        return List.of(line.itemId(), options);
    }
}
