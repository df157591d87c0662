package cafe.core.order.application;

import java.time.LocalDate;

/**
 * Hands out the short numbers customers listen for: 101, 102, ... within a business day, starting
 * again the next day, never the same twice in a day (past 999 they go on upward).
 */
public interface OrderNumbers {

    int FIRST = 101;

    int next(LocalDate businessDay);
}
