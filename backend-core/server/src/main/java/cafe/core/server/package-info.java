/**
 * The StoreServer process: {@link cafe.core.server.StoreConfig}, the composition root
 * {@link cafe.core.server.StoreServer} (one line per context) and
 * {@link cafe.core.server.StoreServerMain}. At start it writes
 * {@code <dataDir>/terminals/<role>.properties} for the terminal apps.
 */
package cafe.core.server;
