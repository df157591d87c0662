package cafe.client;

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
import cafe.contract.staff.StaffList;
import cafe.contract.staff.StaffPass;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the manager screen may do. A staff member signs in with their PIN first; the pass they get
 * goes with every later command, so the server records who changed what. Without one (or after
 * {@link #signOut}) a command fails at once with SIGN_IN_REQUIRED, as it does when the pass expired.
 */
public interface ManagerClient {

    /** The staff who may sign in, by name. */
    CompletableFuture<StaffList> staff();

    /**
     * Signs a staff member in and keeps their pass for later commands. Fails with PIN_WRONG (its
     * details: the tries left before a wait) or PIN_LOCKED (its details: the seconds to wait). The PIN is wiped once sent.
     * A pass answered after {@link #signOut} or a later sign-in is not kept, and the sign-in fails
     * with a {@link java.util.concurrent.CancellationException}.
     */
    CompletableFuture<StaffPass> signIn(String staffId, char[] pin);

    /** The pass of whoever is signed in. */
    Optional<StaffPass> signedIn();

    void signOut();

    CompletableFuture<Menu> menu();

    Subscription onMenuChanged(Consumer<Menu> listener);

    /** Each edit answers the new menu, or MENU_EDIT_REFUSED with the rule it breaks. */
    CompletableFuture<Menu> saveItem(SaveMenuItem command);

    CompletableFuture<Menu> retireItem(RetireMenuItem command);

    CompletableFuture<Menu> saveCategory(SaveCategory command);

    CompletableFuture<Menu> retireCategory(RetireCategory command);

    CompletableFuture<Menu> reorder(ReorderMenu command);

    CompletableFuture<Menu> saveOptionGroup(SaveOptionGroup command);

    CompletableFuture<Menu> retireOptionGroup(RetireOptionGroup command);

    /** A picture a manager added, by its name ({@link cafe.contract.menu.MenuItem#isAddedPicture}). */
    CompletableFuture<MenuPicture> picture(String image);

    /** Adds a picture for items; fails with MENU_EDIT_REFUSED when it is not a JPEG or PNG, or too heavy. */
    CompletableFuture<PictureSaved> savePicture(SavePicture command);

    /** The day's sales and prep times, under the signed-in staff member's pass. */
    SalesReports sales();

    /** Orders (find, history, cancel with refund) and failed messages, under the signed-in staff member's pass. */
    OrderDesk orderDesk();

    /** The receipts of paid orders: find, resend, print. */
    ReceiptDesk receipts();
}
