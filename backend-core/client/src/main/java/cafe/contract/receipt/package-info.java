/**
 * The customer's contact for "your order is ready" (left at the kiosk, never read back) and the
 * receipts the manager screen finds, resends and prints.
 */
package cafe.contract.receipt;
