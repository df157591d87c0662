package cafe.core.staff.adapter.persistence;

import cafe.client.staff.PinTries;
import cafe.client.staff.StaffPin;
import cafe.core.shared.RequestId;
import cafe.core.staff.application.StaffRoster;
import cafe.core.staff.domain.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/** The staff in {@code staff.db}. */
public final class HibernateStaffRoster implements StaffRoster {

    /** The entities this roster maps, for the context's database. */
    public static final List<Class<?>> ENTITIES = List.of(StaffMemberEntity.class, SignInEntity.class);

    private final Supplier<Session> session;

    public HibernateStaffRoster(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public List<StaffMember> active() {
        return session.get().createSelectionQuery("from StaffMemberEntity where retiredAt is null order by name",
                StaffMemberEntity.class).getResultList().stream().map(HibernateStaffRoster::member).toList();
    }

    @Override
    public Optional<StaffMember> find(String staffId) {
        return Optional.ofNullable(session.get().find(StaffMemberEntity.class, staffId))
                .filter(entity -> entity.retiredAt == null)
                .map(HibernateStaffRoster::member);
    }

    @Override
    public void add(StaffMember member, Instant at) {
        if (session.get().find(StaffMemberEntity.class, member.id()) != null) {
            throw new IllegalArgumentException("there is already a staff member " + member.id());
        }
        StaffMemberEntity entity = new StaffMemberEntity();
        entity.id = member.id();
        entity.name = member.name();
        entity.pinHash = member.tries().pin().stored();
        entity.addedAt = at;
        session.get().persist(entity);
    }

    @Override
    public void update(StaffMember member) {
        StaffMemberEntity entity = session.get().find(StaffMemberEntity.class, member.id());
        entity.wrongInARow = member.tries().wrongInARow();
        entity.lastWrongAt = member.tries().lastWrong();
    }

    @Override
    public void recordSignIn(String staffId, String outcome, Instant at, RequestId request) {
        session.get().persist(new SignInEntity(staffId, outcome, at, request.messageId(), request.replyTo()));
    }

    @Override
    public boolean refusedBefore(String staffId, RequestId request) {
        return !session.get().createSelectionQuery("select 1 from SignInEntity where staffId = :staffId"
                        + " and messageId = :messageId and replyTo = :replyTo and outcome <> :accepted", Integer.class)
                .setParameter("staffId", staffId)
                .setParameter("messageId", request.messageId())
                .setParameter("replyTo", request.replyTo())
                .setParameter("accepted", PinTries.Accepted.class.getSimpleName())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static StaffMember member(StaffMemberEntity entity) {
        return new StaffMember(entity.id, entity.name,
                new PinTries(StaffPin.parse(entity.pinHash), entity.wrongInARow, entity.lastWrongAt));
    }
}
