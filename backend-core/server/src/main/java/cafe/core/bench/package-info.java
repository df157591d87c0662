/**
 * What {@code ./cafe bench} measures or reads other than as a terminal: the raw broker's one-hop
 * latency and throughput (plain JMS, the yardstick of every other figure), the store set-ups it
 * compares, and its ledger of a run (read from the databases). The bench itself, which plays the
 * terminals, lives in {@link cafe.core.simulation}.
 */
package cafe.core.bench;
