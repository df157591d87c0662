package cafe.console.manager.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeException;
import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.ManagerWindow;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.menu.Menu;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** How the back office's menu editors read the store's menu, against a client that answers on demand. */
class MenuChangesTest {

    private final List<CompletableFuture<Menu>> reads = new CopyOnWriteArrayList<>();
    private final List<Menu> shown = new CopyOnWriteArrayList<>();
    /** Only the two calls MenuChanges makes to follow the menu. */
    private final ManagerClient client = (ManagerClient) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ManagerClient.class}, (proxy, method, args) -> switch (method.getName()) {
                case "menu" -> {
                    CompletableFuture<Menu> read = new CompletableFuture<>();
                    reads.add(read);
                    yield read;
                }
                case "onMenuChanged" -> (Subscription) () -> { };
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final MenuChanges changes = new MenuChanges(Texts.of(ManagerWindow.TEXTS, Language.EN), Runnable::run,
            new StaffCalls(Runnable::run, CompletableFuture::new), shown::add);

    @Test
    void aReadTheStoreCouldNotAnswerIsAskedAgainAndItsProblemLineClearedOnceItIs() {
        changes.follow(client);
        reads.get(0).completeExceptionally(new CafeException(ErrorCode.MENU_UNAVAILABLE, "the menu is loading"));
        assertThat(changes.messageIsProblemProperty().get()).isTrue();

        await().atMost(MenuChanges.READ_AGAIN.plus(Duration.ofSeconds(10))).until(() -> reads.size() == 2);
        reads.get(1).complete(menu(7));

        assertThat(shown).containsExactly(menu(7));
        assertThat(changes.messageProperty().get()).isEmpty();
        assertThat(changes.messageIsProblemProperty().get()).isFalse();
    }

    /** The change failed as the read had, in the same words: the line is the change's now. */
    @Test
    void whyAChangeFailedWhileAFailedReadWaitedStaysOnTheLineWhenTheReadIsAnswered() {
        changes.follow(client);
        reads.get(0).completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        changes.send(() -> CompletableFuture.failedFuture(new CafeException(ErrorCode.TIMEOUT, "no answer")),
                saved -> { });
        String saveFailed = changes.messageProperty().get();

        await().atMost(MenuChanges.READ_AGAIN.plus(Duration.ofSeconds(10))).until(() -> reads.size() == 2);
        reads.get(1).complete(menu(7));

        assertThat(saveFailed).isNotEmpty();
        assertThat(changes.messageProperty().get()).isEqualTo(saveFailed);
        assertThat(changes.messageIsProblemProperty().get()).isTrue();
    }

    @Test
    void onlyTheNewestReadsAnswerIsShown() {
        changes.follow(client);
        changes.read(client);

        reads.get(1).complete(menu(3));
        reads.get(0).complete(menu(9));

        assertThat(shown).containsExactly(menu(3));
    }

    @Test
    void aChangeAskedForWhileAnotherIsOnItsWayGoesNowhere() {
        CompletableFuture<Menu> first = new CompletableFuture<>();
        List<String> made = new CopyOnWriteArrayList<>();
        changes.send(() -> {
            made.add("move latte down");
            return first;
        }, moved -> changes.done("editor.reordered"));

        changes.send(() -> {
            made.add("move latte down again");
            return CompletableFuture.completedFuture(menu(2));
        }, moved -> changes.done("editor.reordered"));
        first.complete(menu(1));

        assertThat(made).containsExactly("move latte down");
        assertThat(shown).containsExactly(menu(1));
        assertThat(changes.busyProperty().get()).isFalse();
    }

    private static Menu menu(long version) {
        return new Menu(version, List.of(), List.of(), List.of());
    }
}
