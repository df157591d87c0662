package cafe.kiosk.speech;

import cafe.kiosk.flow.ContactChannel;
import cafe.kiosk.flow.ContactViewModel;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.flow.Screen;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.pay.PaidOrder;
import cafe.kiosk.pay.PaymentStage;
import java.util.Locale;
import javafx.beans.value.ObservableValue;

/**
 * What the kiosk says in accessible mode, in the customer's language: a guide to the keys when the
 * mode starts, each screen's title and what to do there, and every result (added to the cart and
 * its total, payment under way, a decline and why, the order number twice, the idle warning with
 * its seconds left, on the contact step each typed key and the text typed so far), and whatever holds
 * the customer back as it appears (banners, a choice that does not fit, waits, the store away). What the
 * customer moves onto is spoken by {@code FocusSpeech} in the window.
 */
public final class SpokenGuide {

    private final KioskViewModel kiosk;
    private final Announcer announcer;

    private SpokenGuide(KioskViewModel kiosk, Announcer announcer) {
        this.kiosk = kiosk;
        this.announcer = announcer;
    }

    /** Starts speaking for the kiosk; everything runs on the UI thread, the speech itself does not. */
    public static SpokenGuide attach(KioskViewModel kiosk, Announcer announcer) {
        SpokenGuide guide = new SpokenGuide(kiosk, announcer);
        guide.listen();
        return guide;
    }

    private void listen() {
        announcer.speakingProperty().bind(kiosk.accessibleProperty());
        kiosk.accessibleProperty().subscribe(on -> {
            if (on) {
                announcer.announce(texts().get("speech.keys") + " " + screenGuide(kiosk.screenProperty().get()));
            } else {
                announcer.reset();
            }
        });
        kiosk.screenProperty().subscribe(screen -> say(screenGuide(screen)));
        kiosk.cart().itemCount().subscribe((before, after) -> {
            if (after.intValue() > before.intValue()) {
                say(texts().get("speech.added", after, texts().won(kiosk.cart().totalWon().get())));
            }
        });
        kiosk.paymentScreen().stageProperty().subscribe(this::paymentStage);
        listenToContact(kiosk.contactScreen());
        listenToWhatHoldsTheCustomerBack();
        kiosk.frame().idleWarning().subscribe(warned -> {
            if (warned) {
                say(texts().get("idle.title") + " " + kiosk.frame().idleCountdown().get() + ". "
                        + texts().get("idle.text"));
            }
        });
    }

    /**
     * What the screen shows to stop or hold the customer up, said when it appears: the banners (a
     * line sold out, the cart refused), why the item dialog will not add, the payment waiting for the
     * store or for staff, why the contact step will not send, and the store out of reach (and back).
     */
    private void listenToWhatHoldsTheCustomerBack() {
        bannerOn(Screen.MENU, kiosk.menuScreen().notice());
        bannerOn(Screen.CART, kiosk.cartScreen().notice());
        bannerOn(Screen.MENU, kiosk.itemDialog().limit());
        bannerOn(Screen.CONTACT, kiosk.contactScreen().problem());
        kiosk.paymentScreen().waitingForStoreProperty().subscribe(waiting -> sayWhen(waiting, "pay.waiting.store"));
        kiosk.paymentScreen().askStaffProperty().subscribe(ask -> sayWhen(ask, "pay.askstaff"));
        kiosk.frame().offline().subscribe((was, offline) -> {
            if (offline) {
                say(kiosk.frame().offlineTitle().get() + " " + texts().get("offline.text"));
            } else if (was) {
                say(texts().get("speech.storeBack") + " " + screenGuide(kiosk.screenProperty().get()));
            }
        });
    }

    /**
     * Says the banner as it appears on its screen; one that comes with its screen is said in the
     * screen's guide instead, and one set on another screen is not said.
     */
    private void bannerOn(Screen screen, ObservableValue<String> banner) {
        banner.subscribe(text -> {
            if (text != null && kiosk.screenProperty().get() == screen) {
                say(text);
            }
        });
    }

    private void sayWhen(boolean shown, String key) {
        if (shown) {
            say(texts().get(key));
        }
    }

    /**
     * On the contact step: each key's characters as they are typed, the whole text after a delete
     * and on request, and the channel chosen. Quiet while the step is being set up or left.
     */
    private void listenToContact(ContactViewModel contact) {
        contact.whenReadBack(() -> say(typedSoFar(contact.typedProperty().get())));
        contact.typedProperty().subscribe((before, after) -> {
            if (onContactStep()) {
                boolean grew = after.length() > before.length() && after.startsWith(before);
                say(grew ? Spelling.spell(after.substring(before.length()), texts()) : typedSoFar(after));
            }
        });
        contact.channelProperty().subscribe(channel -> {
            if (onContactStep()) {
                say(texts().get(channel == ContactChannel.PHONE ? "contact.phone" : "contact.email") + ", "
                        + texts().get("speech.selected"));
            }
        });
    }

    private boolean onContactStep() {
        return kiosk.screenProperty().get() == Screen.CONTACT;
    }

    private String typedSoFar(String typed) {
        return typed.isEmpty() ? texts().get("contact.said.nothing") : texts().get("contact.said", Spelling.spell(typed, texts()));
    }

    private void paymentStage(PaymentStage stage) {
        switch (stage) {
            case AUTHORIZING -> say(texts().get("pay.authorizing") + " " + texts().get("pay.keepcard"));
            case DECLINED -> say(texts().get("pay.declined.title") + ". " + kiosk.paymentScreen().declineReason().get());
            case FAILED -> say((texts().get("pay.failed.title") + ". " + texts().get("pay.failed.text") + " "
                    + kiosk.paymentScreen().failedOrderNumber().get()).strip());
            default -> {
            }
        }
    }

    /** The screen's title and what to do there, with its banner when it shows one (it came with the screen). */
    private String screenGuide(Screen screen) {
        String key = "speech.screen." + screen.name().toLowerCase(Locale.ROOT);
        return switch (screen) {
            case CART -> texts().get(key, kiosk.cart().itemCount().get(), texts().won(kiosk.cart().totalWon().get()))
                    + withBanner(kiosk.cartScreen().notice().get());
            case MENU -> texts().get(key) + withBanner(kiosk.menuScreen().notice().get());
            case DONE -> orderNumberTwice(kiosk.doneScreen().paidOrderProperty().get());
            default -> texts().get(key);
        };
    }

    private static String withBanner(String banner) {
        return banner == null ? "" : " " + banner;
    }

    /** The number is what the customer must remember: said, then said again. */
    private String orderNumberTwice(PaidOrder order) {
        String number = order == null ? "" : String.valueOf(order.orderNumber());
        return texts().get("speech.screen.done", number) + " " + texts().get("speech.done.again", number);
    }

    private void say(String text) {
        announcer.announce(text);
    }

    private Texts texts() {
        return kiosk.texts();
    }
}
