/**
 * The menu context, kept thin: the whole {@link cafe.contract.menu.Menu} is the aggregate. Every
 * version is stored as a JSON document in {@code menu.db} ({@code menu_version}), the bundled
 * menu on first start (of the bar's own versions, the newest 500); SetAvailability makes the next version and publishes MenuChanged (the whole
 * menu) through the outbox, and the current menu is published at every start so replicas that
 * missed a change while down catch up.
 */
package cafe.core.menu;
