/**
 * The events the StoreServer's contexts exchange among themselves over the broker (their published
 * language). Terminals never see these: they carry card tokens and internal ids. The message
 * {@code type} of each is its simple class name.
 */
package cafe.core.events;
