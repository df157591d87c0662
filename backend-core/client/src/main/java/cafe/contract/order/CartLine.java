package cafe.contract.order;

import java.util.List;

/** One line of a kiosk's cart as sent to the server: the server prices it itself. */
public record CartLine(String itemId, List<String> optionIds, int quantity) {

    public CartLine {
        optionIds = optionIds == null ? null : List.copyOf(optionIds);
    }
}
