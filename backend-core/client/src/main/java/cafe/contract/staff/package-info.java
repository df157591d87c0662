/** Staff signing in at the manager screen: who they are and the pass their commands carry. */
package cafe.contract.staff;
