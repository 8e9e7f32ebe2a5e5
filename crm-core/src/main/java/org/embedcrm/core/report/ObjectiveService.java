package org.embedcrm.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.embedcrm.core.error.ConflictException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.shared.Names;
import org.embedcrm.core.shared.UserRef;

/**
 * Teams and objectives, and an objective's progress per period, computed from the stored deals and interactions
 * each time it is asked (no counters that can drift). Obtain it from {@link org.embedcrm.core.Crm#objectives()}.
 */
public final class ObjectiveService {

    /** Most periods one progress report covers. */
    public static final int MAX_PERIODS = 400;

    private final ServiceContext ctx;
    private final Teams teams;
    private final Objectives objectives;
    private final Reports reports;

    /**
     * @param ctx        the service plumbing; never null
     * @param teams      the team port; never null
     * @param objectives the objective port; never null
     * @param reports    the aggregate queries; never null
     */
    public ObjectiveService(ServiceContext ctx, Teams teams, Objectives objectives, Reports reports) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.objectives = Objects.requireNonNull(objectives, "objectives");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /**
     * @param name    1 to 100 characters, unique in the tenant regardless of case
     * @param members 1 to 500 users; never null
     * @return the stored team
     * @throws ConflictException {@code team.name-taken}
     */
    public Team defineTeam(String name, Set<UserRef> members) {
        Objects.requireNonNull(members, "members");
        return ctx.run(() -> {
            Team team = new Team(new TeamId(ctx.ids().next()), ctx.tenant(), 0, name, members);
            teams.all(ctx.tenant()).stream().filter(t -> Names.key(t.name()).equals(Names.key(team.name())))
                    .findFirst().ifPresent(t -> {
                        throw new ConflictException("team.name-taken", "a team named '" + t.name() + "' exists", null);
                    });
            return teams.add(team);
        });
    }

    /**
     * @param id      the team; never null
     * @param members its new members, 1 to 500; never null
     * @return the stored team
     */
    public Team changeMembers(TeamId id, Set<UserRef> members) {
        Objects.requireNonNull(id, "team");
        return ctx.run(() -> {
            Team team = teams.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("team", id));
            return teams.update(new Team(team.id(), team.tenant(), team.version(), team.name(), members));
        });
    }

    /** @return the tenant's teams, by name */
    public List<Team> teams() {
        return ctx.run(() -> teams.all(ctx.tenant()));
    }

    /**
     * @param command the objective; never null
     * @return the stored objective
     * @throws NotFoundException when its team does not exist
     */
    public Objective define(DefineObjective command) {
        return ctx.execute(command, () -> {
            if (command.team() != null) {
                teams.find(ctx.tenant(), command.team())
                        .orElseThrow(() -> new NotFoundException("team", command.team()));
            }
            Objective objective = new Objective(new ObjectiveId(ctx.ids().next()), ctx.tenant(), command.user(),
                    command.team(), command.metric(), command.target(), command.currency(), command.from(),
                    command.to(), command.recurrence());
            objectives.add(objective);
            return objective;
        });
    }

    /** @return the tenant's objectives, by start date */
    public List<Objective> objectives() {
        return ctx.run(() -> objectives.all(ctx.tenant()));
    }

    /**
     * @param id an objective; never null
     * @return target, actual and percentage of each of its periods that has started, oldest first
     * @throws NotFoundException when it does not exist
     */
    public List<PeriodProgress> progress(ObjectiveId id) {
        Objects.requireNonNull(id, "objective");
        return ctx.run(() -> {
            Objective objective = objectives.find(ctx.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("objective", id));
            Set<UserRef> users = objective.user() != null ? Set.of(objective.user())
                    : teams.find(ctx.tenant(), objective.team()).map(Team::members).orElse(Set.of());
            ZoneId zone = ctx.clock().getZone();
            LocalDate today = ctx.today();
            List<PeriodProgress> periods = new ArrayList<>();
            LocalDate start = objective.from();
            while (!start.isAfter(objective.to()) && !start.isAfter(today) && periods.size() < MAX_PERIODS) {
                LocalDate end = objective.recurrence().periodEnd(start, objective.to());
                BigDecimal actual = users.isEmpty() ? BigDecimal.ZERO : actual(objective,
                        reports.userFigures(ctx.tenant(), users, start.atStartOfDay(zone).toInstant(),
                                end.plusDays(1).atStartOfDay(zone).toInstant(), zone));
                periods.add(new PeriodProgress(start, end, objective.target(), actual,
                        actual.multiply(BigDecimal.valueOf(100)).divide(objective.target(), 2, RoundingMode.HALF_EVEN)));
                start = end.plusDays(1);
            }
            return periods;
        });
    }

    private static BigDecimal actual(Objective objective, UserFigures figures) {
        return switch (objective.metric()) {
            case AMOUNT_WON -> Amounts.inMinorUnits(figures.amountWon().getOrDefault(objective.currency(),
                    BigDecimal.ZERO), objective.currency());
            case DEALS_CREATED -> BigDecimal.valueOf(figures.dealsCreated());
            case DEALS_WON -> BigDecimal.valueOf(figures.dealsWon());
            case CALLS_MADE -> BigDecimal.valueOf(figures.callsMade());
            case MEETINGS_HELD -> BigDecimal.valueOf(figures.meetingsHeld());
        };
    }
}
