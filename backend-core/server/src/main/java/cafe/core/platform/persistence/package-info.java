/**
 * One database per context (a SQLite file, or a PostgreSQL schema: {@link
 * cafe.core.platform.persistence.StoreDatabases}) with Hibernate, versioned SQL migrations, the
 * transactional outbox and the idempotent consumers' ledger. See {@link cafe.core.platform}.
 */
package cafe.core.platform.persistence;
