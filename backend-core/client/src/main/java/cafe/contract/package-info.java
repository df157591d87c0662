/**
 * The public contract between the StoreServer and the terminals: message bodies as versioned JSON
 * records, the addresses they travel on and the reply envelope. Apps may depend on this package and
 * on {@code cafe.client}, nothing else of backend-core.
 */
package cafe.contract;
