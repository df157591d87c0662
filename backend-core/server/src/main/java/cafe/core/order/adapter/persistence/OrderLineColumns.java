package cafe.core.order.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code order_line}; the chosen options are kept as a JSON snapshot. */
@Embeddable
class OrderLineColumns {

    @Column(name = "item_id", nullable = false)
    String itemId;
    @Column(name = "name_ko", nullable = false)
    String nameKo;
    @Column(name = "name_en", nullable = false)
    String nameEn;
    @Column(name = "options_json", nullable = false)
    String optionsJson;
    @Column(nullable = false)
    int quantity;
    @Column(name = "unit_price_won", nullable = false)
    long unitPriceWon;
    @Column(name = "prep_seconds", nullable = false)
    int prepSeconds;

    protected OrderLineColumns() {
    }

    OrderLineColumns(String itemId, String nameKo, String nameEn, String optionsJson, int quantity,
                     long unitPriceWon, int prepSeconds) {
        this.itemId = itemId;
        this.nameKo = nameKo;
        this.nameEn = nameEn;
        this.optionsJson = optionsJson;
        this.quantity = quantity;
        this.unitPriceWon = unitPriceWon;
        this.prepSeconds = prepSeconds;
    }
}
