package cafe.client.jms;

import static cafe.contract.wire.Addresses.MENU_MANAGER_COMMANDS;

import cafe.client.ManagerClient;
import cafe.client.OrderDesk;
import cafe.client.ReceiptDesk;
import cafe.client.SalesReports;
import cafe.client.Subscription;
import cafe.client.staff.StaffPin;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuPicture;
import cafe.contract.menu.PictureSaved;
import cafe.contract.menu.ReorderMenu;
import cafe.contract.menu.RetireCategory;
import cafe.contract.menu.RetireMenuItem;
import cafe.contract.menu.RetireOptionGroup;
import cafe.contract.menu.SaveCategory;
import cafe.contract.menu.SaveMenuItem;
import cafe.contract.menu.SaveOptionGroup;
import cafe.contract.menu.SavePicture;
import cafe.contract.staff.SignIn;
import cafe.contract.staff.StaffList;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The manager screen's calls: staff signing in, and the menu's edits under their pass. */
final class JmsManagerClient implements ManagerClient {

    private final Requests requests;
    private final MenuCalls menus;
    private final StaffRequests signed;
    private final AtomicReference<StaffPass> pass;
    /** Sign-ins and sign-outs so far: only the answer to the latest, if a sign-in, is kept. */
    private final AtomicLong signings = new AtomicLong();
    private final SalesReports sales;
    private final OrderDesk orderDesk;
    private final ReceiptDesk receipts;

    JmsManagerClient(Requests requests, MenuCalls menus) {
        this.requests = requests;
        this.menus = menus;
        this.signed = new StaffRequests(requests);
        this.pass = signed.pass();
        this.sales = new JmsSalesReports(signed);
        this.orderDesk = new JmsOrderDesk(signed);
        this.receipts = new JmsReceiptDesk(signed);
    }

    @Override
    public CompletableFuture<StaffList> staff() {
        return requests.query(Addresses.STAFF_COMMANDS, MessageTypes.LIST_STAFF, StaffList.class);
    }

    @Override
    public CompletableFuture<StaffPass> signIn(String staffId, char[] pin) {
        SignIn command = new SignIn(staffId, new String(pin));
        StaffPin.wipe(pin);
        long signing = signings.incrementAndGet();
        return requests.send(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN, command, StaffPass.class)
                .thenApply(given -> keep(given, signing));
    }

    /** A pass answered after a sign-out or a later sign-in is not kept: the screen has moved on. */
    private synchronized StaffPass keep(StaffPass given, long signing) {
        if (signings.get() != signing) {
            throw new CancellationException(given.staffId() + " signed in after the screen had moved on");
        }
        pass.set(given);
        return given;
    }

    @Override
    public Optional<StaffPass> signedIn() {
        return Optional.ofNullable(pass.get());
    }

    @Override
    public synchronized void signOut() {
        signings.incrementAndGet();
        pass.set(null);
    }

    @Override
    public CompletableFuture<Menu> menu() {
        return menus.menu();
    }

    @Override
    public Subscription onMenuChanged(Consumer<Menu> listener) {
        return menus.onMenuChanged(listener);
    }

    @Override
    public CompletableFuture<MenuPicture> picture(String image) {
        return menus.picture(image);
    }

    @Override
    public CompletableFuture<Menu> saveItem(SaveMenuItem command) {
        return edit(MessageTypes.SAVE_MENU_ITEM, command);
    }

    @Override
    public CompletableFuture<Menu> retireItem(RetireMenuItem command) {
        return edit(MessageTypes.RETIRE_MENU_ITEM, command);
    }

    @Override
    public CompletableFuture<Menu> saveCategory(SaveCategory command) {
        return edit(MessageTypes.SAVE_CATEGORY, command);
    }

    @Override
    public CompletableFuture<Menu> retireCategory(RetireCategory command) {
        return edit(MessageTypes.RETIRE_CATEGORY, command);
    }

    @Override
    public CompletableFuture<Menu> reorder(ReorderMenu command) {
        return edit(MessageTypes.REORDER_MENU, command);
    }

    @Override
    public CompletableFuture<Menu> saveOptionGroup(SaveOptionGroup command) {
        return edit(MessageTypes.SAVE_OPTION_GROUP, command);
    }

    @Override
    public CompletableFuture<Menu> retireOptionGroup(RetireOptionGroup command) {
        return edit(MessageTypes.RETIRE_OPTION_GROUP, command);
    }

    @Override
    public CompletableFuture<PictureSaved> savePicture(SavePicture command) {
        return signed.send(MENU_MANAGER_COMMANDS, MessageTypes.SAVE_PICTURE, command, PictureSaved.class);
    }

    private CompletableFuture<Menu> edit(String type, Object command) {
        return signed.send(MENU_MANAGER_COMMANDS, type, command, Menu.class);
    }

    @Override
    public SalesReports sales() {
        return sales;
    }

    @Override
    public OrderDesk orderDesk() {
        return orderDesk;
    }

    @Override
    public ReceiptDesk receipts() {
        return receipts;
    }
}
