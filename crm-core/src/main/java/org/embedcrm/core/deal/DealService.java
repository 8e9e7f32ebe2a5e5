package org.embedcrm.core.deal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.shared.TenantId;

/**
 * Opens, edits and moves deals, and draws the board. Obtain it from {@link org.embedcrm.core.Crm#deals()}.
 *
 * <p>Every stage change is appended to the deal's history and published ({@link DealStageChanged}, and
 * {@link DealWon} or {@link DealLost} on entering an outcome stage) after commit.
 */
public final class DealService {

    /** Cards per board column when the caller does not say. */
    public static final int DEFAULT_CARDS_PER_COLUMN = 50;

    private final ServiceContext ctx;
    private final Pipelines pipelines;
    private final Deals deals;
    private final LostReasons lostReasons;
    private final Contacts contacts;

    /**
     * @param ctx         the service plumbing; never null
     * @param pipelines   the pipeline port; never null
     * @param deals       the deal port; never null
     * @param lostReasons the lost reason port; never null
     * @param contacts    the contact port, to check a deal's company and customer; never null
     */
    public DealService(ServiceContext ctx, Pipelines pipelines, Deals deals, LostReasons lostReasons,
                       Contacts contacts) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.lostReasons = Objects.requireNonNull(lostReasons, "lostReasons");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    /**
     * Opens a deal in an active pipeline, in the stage given or the pipeline's entry stage. A deal without its
     * own probability inherits the stage's default probability.
     *
     * @param command the deal; never null
     * @return the stored deal
     * @throws RuleViolationException {@code pipeline.inactive}, {@code pipeline.no-stages},
     *                                {@code deal.stage-not-in-pipeline} or {@code deal.company-not-company}
     * @throws NotFoundException      when the company or customer is not a contact of the tenant
     */
    public Deal open(OpenDeal command) {
        return ctx.execute(command, () -> {
            Pipeline pipeline = loadPipeline(command.pipeline());
            if (!pipeline.isActive()) {
                throw new RuleViolationException("pipeline.inactive",
                        "pipeline '" + pipeline.name() + "' is inactive; new deals cannot be opened in it");
            }
            Stage stage = command.stage() == null ? pipeline.entryStage() : stageOf(pipeline, command.stage());
            checkParties(command.company(), command.customer());
            DealTerms terms = new DealTerms(command.title(), command.description(), command.value(),
                    command.expectedCloseDate(), Probability.ofNullable(command.probability()), command.company(),
                    command.customer(), command.assignee());
            Deal deal = Deal.open(new DealId(ctx.ids().next()), ctx.tenant(), terms, pipeline, stage, ctx.now(),
                    ctx.today(), ctx.actor());
            Deal stored = deals.add(deal);
            deals.appendStageChange(ctx.tenant(),
                    new StageChange(stored.id(), pipeline.id(), null, stage.id(), ctx.now(), ctx.actor()));
            ctx.publish(new DealCreated(ctx.tenant(), ctx.now(), ctx.actor(), stored.id(), pipeline.id(), stage.id()));
            publishOutcome(stored, stage);
            return stored;
        });
    }

    /**
     * Edits a deal's own fields.
     *
     * @param command the new field values; never null
     * @return the stored deal
     */
    public Deal update(UpdateDeal command) {
        return ctx.execute(command, () -> {
            Deal deal = load(command.deal(), command.expectedVersion());
            checkParties(command.company(), command.customer());
            deal.amend(new DealTerms(command.title(), command.description(), command.value(),
                    command.expectedCloseDate(), Probability.ofNullable(command.probability()), command.company(),
                    command.customer(), command.assignee()), ctx.now());
            return deals.update(deal);
        });
    }

    /**
     * Moves a deal to another stage of its pipeline (a board drag). Entering the won stage sets the actual close
     * date to today; entering the lost stage sets it and records the optional lost reason; moving back to an
     * active stage clears both.
     *
     * @param command the move; never null
     * @return the stored deal
     * @throws RuleViolationException {@code deal.stage-not-in-pipeline} when the stage belongs to another pipeline
     */
    public Deal move(MoveDeal command) {
        return ctx.execute(command, () -> {
            Deal deal = load(command.deal(), command.expectedVersion());
            Pipeline pipeline = loadPipeline(deal.pipeline());
            return relocate(deal, pipeline, stageOf(pipeline, command.stage()), command.lostReason(),
                    command.lostNote());
        });
    }

    /**
     * Moves a deal into another pipeline, at one of its stages.
     *
     * @param command the change; never null
     * @return the stored deal
     */
    public Deal changePipeline(ChangeDealPipeline command) {
        return ctx.execute(command, () -> {
            Deal deal = load(command.deal(), command.expectedVersion());
            Pipeline pipeline = loadPipeline(command.pipeline());
            if (!pipeline.isActive() && !pipeline.id().equals(deal.pipeline())) {
                throw new RuleViolationException("pipeline.inactive",
                        "pipeline '" + pipeline.name() + "' is inactive; deals cannot move into it");
            }
            return relocate(deal, pipeline, stageOf(pipeline, command.stage()), command.lostReason(),
                    command.lostNote());
        });
    }

    /**
     * @param id the deal; never null
     * @return the deal
     * @throws NotFoundException when the tenant has no such deal
     */
    public Deal get(DealId id) {
        Objects.requireNonNull(id, "deal");
        return ctx.run(() -> load(id, null));
    }

    /**
     * @param id the deal; never null
     * @return its stage history, oldest first
     */
    public List<StageChange> stageHistory(DealId id) {
        Objects.requireNonNull(id, "deal");
        return ctx.run(() -> {
            load(id, null);
            return deals.stageHistory(ctx.tenant(), id);
        });
    }

    /**
     * @param pipeline the pipeline; never null
     * @return its board with at most {@value #DEFAULT_CARDS_PER_COLUMN} cards per column
     */
    public Board board(PipelineId pipeline) {
        return board(pipeline, DEFAULT_CARDS_PER_COLUMN);
    }

    /**
     * Draws a pipeline's board: its stages in order, each with its deal count, value totals per currency and
     * its oldest cards. Costs three queries whatever the number of deals.
     *
     * @param pipelineId     the pipeline; never null
     * @param cardsPerColumn the most cards per column, at least 1
     * @return the board
     */
    public Board board(PipelineId pipelineId, int cardsPerColumn) {
        Objects.requireNonNull(pipelineId, "pipeline");
        if (cardsPerColumn < 1) {
            throw new IllegalArgumentException("cardsPerColumn must be at least 1: " + cardsPerColumn);
        }
        return ctx.run(() -> {
            TenantId tenant = ctx.tenant();
            Pipeline pipeline = loadPipeline(pipelineId);
            Map<StageId, StageTotals> totals = new HashMap<>();
            deals.stageTotals(tenant, pipelineId).forEach(t -> totals.put(t.stage(), t));
            Map<StageId, List<DealCard>> cards = new HashMap<>();
            deals.cards(tenant, pipelineId, cardsPerColumn)
                    .forEach(c -> cards.computeIfAbsent(c.stage(), s -> new ArrayList<>()).add(c));
            List<BoardColumn> columns = pipeline.stages().stream().map(stage -> {
                StageTotals t = totals.get(stage.id());
                return new BoardColumn(stage, t == null ? 0 : t.dealCount(), t == null ? List.of() : t.totals(),
                        cards.getOrDefault(stage.id(), List.of()));
            }).toList();
            return new Board(pipeline.id(), pipeline.name(), columns);
        });
    }

    private Deal relocate(Deal deal, Pipeline pipeline, Stage target, LostReasonId reasonId, String note) {
        LostReason reason = reasonId == null ? null : lostReasons.find(ctx.tenant(), reasonId)
                .orElseThrow(() -> new NotFoundException("lost-reason", reasonId));
        Deal.Snapshot before = deal.snapshot();
        Optional<StageChange> change = deal.moveTo(pipeline, target, reason, note, ctx.now(), ctx.today(), ctx.actor());
        if (before.equals(deal.snapshot())) {
            return deal;
        }
        Deal stored = deals.update(deal);
        change.ifPresent(c -> {
            deals.appendStageChange(ctx.tenant(), c);
            ctx.publish(new DealStageChanged(ctx.tenant(), c.at(), c.by(), c.deal(), c.pipeline(), c.from(), c.to()));
            publishOutcome(stored, target);
        });
        return stored;
    }

    private void publishOutcome(Deal deal, Stage stage) {
        if (stage.won()) {
            ctx.publish(new DealWon(ctx.tenant(), ctx.now(), ctx.actor(), deal.id(), deal.terms().value(),
                    deal.actualCloseDate().orElseThrow()));
        } else if (stage.lost()) {
            ctx.publish(new DealLost(ctx.tenant(), ctx.now(), ctx.actor(), deal.id(), deal.lostReason().orElse(null),
                    deal.lostNote().orElse(null), deal.actualCloseDate().orElseThrow()));
        }
    }

    private void checkParties(ContactId company, ContactId customer) {
        if (company != null) {
            Contact found = contacts.find(ctx.tenant(), company).orElseThrow(() -> new NotFoundException("contact", company));
            if (found.type() != ContactType.COMPANY) {
                throw new RuleViolationException("deal.company-not-company",
                        "'" + found.profile().displayName() + "' is a person; a deal's company must be a company contact");
            }
        }
        if (customer != null) {
            contacts.find(ctx.tenant(), customer).orElseThrow(() -> new NotFoundException("contact", customer));
        }
    }

    private Deal load(DealId id, Long expectedVersion) {
        Deal deal = deals.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("deal", id));
        ServiceContext.checkVersion("deal", id, deal.version(), expectedVersion);
        return deal;
    }

    private Pipeline loadPipeline(PipelineId id) {
        return pipelines.find(ctx.tenant(), id).orElseThrow(() -> new NotFoundException("pipeline", id));
    }

    private static Stage stageOf(Pipeline pipeline, StageId stageId) {
        return pipeline.stage(stageId).orElseThrow(() -> new RuleViolationException("deal.stage-not-in-pipeline",
                "stage " + stageId + " is not a stage of pipeline '" + pipeline.name() + "'"));
    }
}
