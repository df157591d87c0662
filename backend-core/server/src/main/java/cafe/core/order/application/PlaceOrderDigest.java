package cafe.core.order.application;

import cafe.contract.order.CartLine;
import cafe.contract.order.PlaceOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A SHA-256 of what a PlaceOrder asks for (kiosk, order type, lines, expected total, contact), so a
 * repeated key can be told from a reused one. The card is left out: a kiosk that asks again after a
 * lost answer sends the same order, and the token is never kept in any form.
 */
final class PlaceOrderDigest {

    private PlaceOrderDigest() {
    }

    static String of(PlaceOrder command) {
        String canonical = String.join("\n", String.valueOf(command.kioskId()), String.valueOf(command.orderType()),
                lines(command.lines()), Long.toString(command.expectedTotalWon()), String.valueOf(command.contact()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String lines(List<CartLine> lines) {
        return Objects.requireNonNullElse(lines, List.<CartLine>of()).stream().map(line -> line == null ? "-" : line.itemId() + "|" + line.quantity() + "|"
                        + Objects.requireNonNullElse(line.optionIds(), List.of()))
                .collect(Collectors.joining(";"));
    }
}
