package cafe.pickup.board;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.board.PickupBoard;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotGateTest {

    private final SnapshotGate gate = new SnapshotGate();

    @Test
    void anAnswerToAReloadThatWasStartedAgainIsIgnored() {
        long first = gate.reloadStarted();
        long second = gate.reloadStarted();

        assertThat(gate.offerReload(first, board(9))).isEmpty();
        assertThat(gate.offerReload(second, board(8))).contains(board(8));
    }

    @Test
    void afterAFailedReloadEventsAreJudgedByVersionAgain() {
        gate.offerEvent(board(5));
        long ticket = gate.reloadStarted();
        gate.reloadFailed(ticket);

        assertThat(gate.reloading()).isFalse();
        assertThat(gate.offerEvent(board(5))).isEmpty();
        assertThat(gate.offerEvent(board(6))).contains(board(6));
    }

    private static PickupBoard board(long version) {
        return new PickupBoard(version, List.of(), List.of());
    }
}
