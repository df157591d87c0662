/**
 * The events the StoreServer's contexts exchange among themselves over the broker (their published
 * language), as two closed families: {@link cafe.core.events.OrderingEvent} and
 * {@link cafe.core.events.PaymentEvent}. Terminals never see these: they carry card tokens and
 * internal ids. The message {@code type} of each is its {@code TYPE} constant, which producers and
 * routes both name. {@link cafe.core.events.TicketNews} is how ordering and the pickup board read
 * the bar's TicketEvent (a contract type the consoles read whole): only the fields they follow.
 */
package cafe.core.events;
