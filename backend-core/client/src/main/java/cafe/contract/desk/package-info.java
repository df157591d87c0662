/**
 * The back office's order desk: finding orders, each context's part of an order's history,
 * cancelling with a refund, and the failed messages the dead-letter office keeps. Every request
 * here goes on a manager-only address with a staff pass.
 */
package cafe.contract.desk;
