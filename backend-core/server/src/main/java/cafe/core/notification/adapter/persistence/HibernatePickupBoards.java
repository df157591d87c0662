package cafe.core.notification.adapter.persistence;

import cafe.core.notification.application.PickupBoards;
import cafe.core.notification.domain.Board;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.BoardEntry;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The pickup board in the notification context's own database, rows of {@code board} (its
 * version) and {@code board_entry} (schema owned by {@code db/notification}) read and written with
 * plain SQL ({@link PlainStatements}) on every piece of ticket news. The numbers shown are also
 * kept in memory as of the last commit that saved the board, so following one ticket reads one row
 * instead of the whole board; within a transaction that follows several tickets, each sees the
 * board as the one before it left it. Another server sharing the database may have changed the
 * board since: every change people see raises the stored version (and the servers' transactions on
 * it take turns), so a stored version other than the one kept means the numbers are read again.
 */
public class HibernatePickupBoards implements PickupBoards {

    private static final String ENTRY = "SELECT order_id, order_number, board_column, since, ticket_version,"
            + " heard_version FROM board_entry";
    private static final String SAVE_ENTRY = "INSERT INTO board_entry (order_id, order_number, board_column, since,"
            + " ticket_version, heard_version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET"
            + " order_number = excluded.order_number, board_column = excluded.board_column, since = excluded.since,"
            + " ticket_version = excluded.ticket_version, heard_version = excluded.heard_version";
    private static final int THE_BOARD = 1;

    private final ServiceDatabase database;
    private volatile Shown committed;
    /** The board of the transaction still open, which may follow several tickets in turn. */
    private Board open;
    private Session openIn;

    public HibernatePickupBoards(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Board loadFor(String orderId) {
        Board board = openBoard();
        if (!board.knows(orderId)) {
            PlainStatements.one(session(), ENTRY + " WHERE order_id = ?", HibernatePickupBoards::entry, orderId)
                    .ifPresent(board::remember);
        }
        return board;
    }

    @Override
    public Board shown() {
        if (openIn == session()) {
            return open;
        }
        Shown shown = currentBoard();
        return Board.restore(shown.version(), shown.entries());
    }

    /**
     * Stores what changed on the board since it was loaded or last saved (its version only when a
     * number moved: a ticket started or an item checked changes an entry alone).
     */
    @Override
    public void save(Board board) {
        if (board.moved()) {
            PlainStatements.update(session(), "UPDATE board SET version = ? WHERE id = ?", board.version(), THE_BOARD);
        }
        PlainStatements.updateEach(session(), SAVE_ENTRY, board.changedEntries().stream()
                .map(e -> new Object[] {e.orderId(), e.orderNumber(), e.column(), e.since(), e.ticketVersion(),
                        e.heardVersion()})
                .toList());
        board.saved();
    }

    /**
     * The board this transaction follows tickets on, made once per transaction (not per ticket: a
     * rush puts hundreds of numbers on it); what it shows is kept once the transaction commits.
     */
    private Board openBoard() {
        Session session = session();
        if (openIn != session) {
            Shown shown = currentBoard();
            Board board = Board.restore(shown.version(), shown.entries());
            open = board;
            openIn = session;
            database.afterCommit(() -> {
                committed = new Shown(board.version(), board.shownEntries());
                openIn = null;
                open = null;
            });
        }
        return open;
    }

    @Override
    public void forgetGoneBefore(Instant cutoff) {
        PlainStatements.update(session(), "DELETE FROM board_entry WHERE board_column = ? AND since < ?",
                BoardColumn.GONE, cutoff);
    }

    private Shown currentBoard() {
        Shown shown = committed;
        long version = PlainStatements.one(session(), "SELECT version FROM board WHERE id = ?",
                row -> row.getLong("version"), THE_BOARD).orElseThrow();
        if (shown == null || shown.version() != version) {
            shown = new Shown(version, PlainStatements.list(session(), ENTRY + " WHERE board_column <> ?",
                    HibernatePickupBoards::entry, BoardColumn.GONE));
            Shown read = shown;
            database.afterCommit(() -> committed = read);
        }
        return shown;
    }

    private static BoardEntry entry(ResultSet row) throws SQLException {
        return new BoardEntry(row.getString("order_id"), row.getInt("order_number"),
                BoardColumn.valueOf(row.getString("board_column")), PlainStatements.instant(row, "since"),
                row.getLong("ticket_version"), row.getLong("heard_version"));
    }

    private Session session() {
        return database.session();
    }

    /** The board's version and the entries of the numbers it shows. */
    private record Shown(long version, List<BoardEntry> entries) {
    }
}
