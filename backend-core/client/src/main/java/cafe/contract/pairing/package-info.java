/**
 * Pairing a terminal with the store server: the {@link cafe.contract.pairing.PairingCode} an
 * operator types, and the Pair request and answer on {@code cafe.pairing.requests}, which a
 * terminal sends as the {@link cafe.contract.pairing.Pairing#BROKER_USER pairing user} over the
 * LAN's TLS acceptor. See docs/ARCHITECTURE.md, "Pairing a terminal".
 */
package cafe.contract.pairing;
