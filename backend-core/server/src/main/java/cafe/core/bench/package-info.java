/**
 * What {@code ./cafe bench} measures with plain JMS rather than as a terminal: the raw broker's
 * one-hop latency and throughput, the yardstick of every other figure. The bench itself lives in
 * {@link cafe.core.simulation}.
 */
package cafe.core.bench;
