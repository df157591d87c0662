/** The signed staff passes that say who sent a manager's command, checked by any context's endpoint. */
package cafe.core.platform.security;
