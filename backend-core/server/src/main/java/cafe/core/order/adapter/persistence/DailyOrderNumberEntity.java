package cafe.core.order.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last order number handed out on one business day. */
@Entity
@Table(name = "daily_order_number")
class DailyOrderNumberEntity {

    @Id
    @Column(name = "business_day")
    String businessDay;
    @Column(name = "last_number", nullable = false)
    int lastNumber;

    protected DailyOrderNumberEntity() {
    }

    DailyOrderNumberEntity(String businessDay, int lastNumber) {
        this.businessDay = businessDay;
        this.lastNumber = lastNumber;
    }
}
