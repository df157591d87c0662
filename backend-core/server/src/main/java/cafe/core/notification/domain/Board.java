package cafe.core.notification.domain;

import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.core.events.TicketNews;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pickup board: order numbers being prepared and numbers ready to collect. It follows the bar's
 * tickets: each ticket's newest version decides its number's column; older or repeated news changes
 * nothing. The board's version grows by one with every change people can see.
 */
public final class Board {

    private final Map<String, BoardEntry> entries = new LinkedHashMap<>();
    private final List<BoardEntry> changed = new ArrayList<>();
    private long savedVersion;
    private long version;

    private Board(long version, Collection<BoardEntry> known) {
        this.savedVersion = version;
        this.version = version;
        known.forEach(entry -> entries.put(entry.orderId(), entry));
    }

    /** Rebuilds the board from its version and the entries it knows (including recently gone ones). */
    public static Board restore(long version, Collection<BoardEntry> known) {
        return new Board(version, known);
    }

    /** True when the board has an entry for the order, shown or gone. */
    public boolean knows(String orderId) {
        return entries.containsKey(orderId);
    }

    /** Takes in a stored entry the board did not hold (a gone number), unchanged. */
    public void remember(BoardEntry stored) {
        entries.putIfAbsent(stored.orderId(), stored);
    }

    /**
     * Puts the ticket's number where the bar's durable news says the ticket now is, and notes the
     * news as heard. Returns the move when the board people see changed. News no newer than what was
     * heard changes nothing. News the live copies have overtaken moves nothing either, except news of
     * the very version the board shows that puts the number elsewhere: the live copy of a commit that
     * a power cut took from the bar, followed by the bar's real news of that version.
     */
    public Optional<BoardMove> follow(TicketNews.Ticket ticket, Instant now) {
        BoardEntry known = entries.get(ticket.orderId());
        if (known != null && ticket.version() <= known.heardVersion()) {
            return Optional.empty();
        }
        boolean shownNewer = known != null && (ticket.version() < known.ticketVersion()
                || ticket.version() == known.ticketVersion() && known.column() == BoardColumn.of(ticket.status()));
        if (shownNewer) {
            keep(known.heard(ticket.version()));
            return Optional.empty();
        }
        return put(ticket, now, known, ticket.version());
    }

    /** Puts the ticket's number where the live copy of the bar's news says, if the news is newer. */
    public Optional<BoardMove> followLive(TicketNews.Ticket ticket, Instant now) {
        BoardEntry known = entries.get(ticket.orderId());
        if (known != null && ticket.version() <= known.ticketVersion()) {
            return Optional.empty();
        }
        return put(ticket, now, known, known == null ? 0 : known.heardVersion());
    }

    private Optional<BoardMove> put(TicketNews.Ticket ticket, Instant now, BoardEntry known, long heard) {
        BoardColumn column = BoardColumn.of(ticket.status());
        boolean moved = known == null ? column != BoardColumn.GONE : known.column() != column;
        Instant since = moved || known == null ? now : known.since();
        BoardEntry entry = new BoardEntry(ticket.orderId(), ticket.orderNumber(), column, since, ticket.version(),
                heard);
        keep(entry);
        if (!moved) {
            return Optional.empty();
        }
        version++;
        return Optional.of(new BoardMove(version, number(entry), BoardMove.Place.valueOf(column.name())));
    }

    private void keep(BoardEntry entry) {
        entries.put(entry.orderId(), entry);
        changed.add(entry);
    }

    /** True when this news of the ticket is the newest the bar's durable news has brought. */
    public boolean heardLast(TicketNews.Ticket ticket) {
        BoardEntry known = entries.get(ticket.orderId());
        return known != null && known.heardVersion() == ticket.version();
    }

    /** The entries changed since the board was restored or last saved, to store. */
    public List<BoardEntry> changedEntries() {
        return List.copyOf(changed);
    }

    /** What changed so far is stored: {@link #changedEntries} and {@link #moved} start again from here. */
    public void saved() {
        changed.clear();
        savedVersion = version;
    }

    /** The entries of the numbers shown (not gone). */
    public List<BoardEntry> shownEntries() {
        return entries.values().stream().filter(entry -> entry.column() != BoardColumn.GONE).toList();
    }

    /** True when people would see the board changed since it was restored or last saved. */
    public boolean moved() {
        return version != savedVersion;
    }

    public long version() {
        return version;
    }

    /** What the displays show, each column oldest first. */
    public PickupBoard view() {
        return new PickupBoard(version, column(BoardColumn.PREPARING), column(BoardColumn.READY));
    }

    private List<BoardNumber> column(BoardColumn column) {
        return entries.values().stream().filter(entry -> entry.column() == column)
                .sorted(Comparator.comparing(BoardEntry::since).thenComparing(BoardEntry::orderNumber))
                .map(Board::number).toList();
    }

    private static BoardNumber number(BoardEntry entry) {
        return new BoardNumber(entry.orderId(), entry.orderNumber(), entry.since());
    }
}
