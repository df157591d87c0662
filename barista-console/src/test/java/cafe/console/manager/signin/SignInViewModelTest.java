package cafe.console.manager.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeException;
import cafe.client.ManagerClient;
import cafe.console.manager.ManagerWindow;
import cafe.contract.staff.StaffList;
import cafe.contract.staff.StaffMember;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The sign-in card reading who may sign in, against a client that answers on demand. */
class SignInViewModelTest {

    private static final StaffMember KIM = new StaffMember("kim", "Kim Minji");

    private final List<CompletableFuture<StaffList>> readings = new CopyOnWriteArrayList<>();
    /** Only the call the card makes to read the staff. */
    private final ManagerClient client = (ManagerClient) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ManagerClient.class}, (proxy, method, args) -> {
                if (!method.getName().equals("staff")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                CompletableFuture<StaffList> reading = new CompletableFuture<>();
                readings.add(reading);
                return reading;
            });
    private final SignInViewModel card = new SignInViewModel(client, Texts.of(ManagerWindow.TEXTS, Language.EN),
            Runnable::run, pass -> { });

    /** The link is up, the store server behind its broker not yet: the card keeps asking, and says so. */
    @Test
    void aStoreThatDoesNotAnswerIsAskedAgainUntilItGivesTheStaff() {
        card.load();
        readings.get(0).completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        assertThat(card.messageProperty().get()).isEqualTo("The store server did not answer. Asking again...");

        awaitReading(2).completeExceptionally(new CafeException(ErrorCode.STORE_UNAVAILABLE, "disk full"));
        awaitReading(3).complete(new StaffList(List.of(KIM)));

        assertThat(card.staff()).containsExactly(KIM);
        assertThat(card.chosenProperty().get()).as("the only one, chosen").isEqualTo(KIM);
        assertThat(card.messageProperty().get()).isEmpty();
    }

    private CompletableFuture<StaffList> awaitReading(int count) {
        await().atMost(SignInViewModel.ASK_AGAIN.plus(Duration.ofSeconds(10))).until(() -> readings.size() >= count);
        return readings.get(count - 1);
    }
}
