package cafe.core.notification.domain;

import cafe.contract.LocalizedText;
import cafe.contract.receipt.ReceiptLine;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A receipt as a thermal printer prints it: lines of {@link #WIDTH} columns, Korean first. Hangul
 * and other wide characters take two columns, as on such printers; a name too long is cut.
 */
public final class ReceiptLayout {

    public static final int WIDTH = 42;
    private static final int AMOUNT = 10;
    private static final int QUANTITY = 5;
    /** What a right-hand value leaves its label at least, however long the value a terminal sent. */
    private static final int LABEL = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String storeName;
    private final ZoneId zone;

    public ReceiptLayout(String storeName, ZoneId zone) {
        this.storeName = storeName;
        this.zone = zone;
    }

    public List<String> print(Receipt receipt) {
        List<String> out = new ArrayList<>();
        out.add(centred(storeName));
        out.add(centred("영수증 RECEIPT"));
        out.add(split("주문번호 Order", "#" + receipt.orderNumber()));
        out.add(split("일시 Date", TIME.format(receipt.paidAt().atZone(zone))));
        out.add(rule());
        receipt.lines().forEach(line -> addLine(out, line));
        out.add(rule());
        out.add(split("합계 Total (VAT incl.)", won(receipt.totalWon())));
        out.add(split("공급가액 Net", won(receipt.supplyWon())));
        out.add(split("부가세 VAT 10%", won(receipt.vatWon())));
        out.add(rule());
        out.add(split("카드 Card", receipt.cardBrand() == null ? "-" : receipt.cardBrand() + " ****" + receipt.cardLast4()));
        out.add(split("승인번호 Approval", receipt.approvalCode() == null ? "-" : receipt.approvalCode()));
        out.add(centred("감사합니다 Thank you"));
        return out;
    }

    private static void addLine(List<String> out, ReceiptLine line) {
        String quantity = pad("x" + line.quantity(), QUANTITY, true);
        String amount = pad(won(line.lineTotalWon()), AMOUNT, true);
        out.add(pad(cut(line.name().ko(), WIDTH - QUANTITY - AMOUNT), WIDTH - QUANTITY - AMOUNT, false)
                + quantity + amount);
        for (LocalizedText option : line.options()) {
            out.add(cut("  + " + option.ko(), WIDTH));
        }
    }

    private static String split(String left, String right) {
        String cutRight = cut(right, WIDTH - LABEL - 1);
        String cutLeft = cut(left, WIDTH - columns(cutRight) - 1);
        return cutLeft + " ".repeat(WIDTH - columns(cutLeft) - columns(cutRight)) + cutRight;
    }

    private static String centred(String text) {
        String cutText = cut(text, WIDTH);
        return " ".repeat((WIDTH - columns(cutText)) / 2) + cutText;
    }

    private static String rule() {
        return "-".repeat(WIDTH);
    }

    private static String won(long amount) {
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
    }

    private static String pad(String text, int width, boolean right) {
        String gap = " ".repeat(Math.max(0, width - columns(text)));
        return right ? gap + text : text + gap;
    }

    /** The text cut to at most {@code width} columns. */
    static String cut(String text, int width) {
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            used += columns(codePoint);
            if (used > width) {
                break;
            }
            kept.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    /** How many printer columns the text takes. */
    public static int columns(String text) {
        return text.codePoints().map(ReceiptLayout::columns).sum();
    }

    private static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60) || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        return wide ? 2 : 1;
    }
}
