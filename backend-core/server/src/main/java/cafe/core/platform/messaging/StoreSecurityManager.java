package cafe.core.platform.messaging;

import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager4;

/**
 * Authenticates against {@link BrokerUsers}; a user's only security role is its own name, so the
 * permissions of {@link AddressPermissions} apply to it directly.
 */
final class StoreSecurityManager implements ActiveMQSecurityManager4 {

    private final BrokerUsers users;

    StoreSecurityManager(BrokerUsers users) {
        this.users = users;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return users.accepts(user, password);
    }

    @Override
    public String validateUser(String user, String password, RemotingConnection connection, String domain) {
        return users.accepts(user, password) ? user : null;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return validateUserAndRole(user, password, roles, checkType, "", null, null) != null;
    }

    @Override
    public String validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType,
                                      String address, RemotingConnection connection, String domain) {
        boolean allowed = users.accepts(user, password)
                && roles.stream().anyMatch(role -> role.getName().equals(user) && checkType.hasRole(role));
        return allowed ? user : null;
    }
}
