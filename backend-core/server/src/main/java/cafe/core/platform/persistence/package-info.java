/**
 * One SQLite database per context with Hibernate, versioned SQL migrations, the transactional
 * outbox and the idempotent consumers' ledger. See {@link cafe.core.platform}.
 */
package cafe.core.platform.persistence;
