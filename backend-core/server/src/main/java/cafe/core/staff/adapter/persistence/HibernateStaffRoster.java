package cafe.core.staff.adapter.persistence;

import cafe.client.staff.PinTries;
import cafe.client.staff.StaffPin;
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
    public void recordSignIn(String staffId, String outcome, Instant at) {
        session.get().persist(new SignInEntity(staffId, outcome, at));
    }

    private static StaffMember member(StaffMemberEntity entity) {
        return new StaffMember(entity.id, entity.name,
                new PinTries(StaffPin.parse(entity.pinHash), entity.wrongInARow, entity.lastWrongAt));
    }
}
