package org.embedcrm.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.embedcrm.core.Crm;
import org.embedcrm.core.activity.LogInteraction;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.DuplicatePair;
import org.embedcrm.core.merge.FieldConflict;
import org.embedcrm.core.merge.LinkedKind;
import org.embedcrm.core.merge.MergeContacts;
import org.embedcrm.core.merge.MergePreview;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.EmailAddress;

/**
 * The quickstart's duplicate: a colleague types in a badge scanned at a trade fair, a person the customer book holds
 * already, and logs a call with it. The desk finds the duplicate with {@code crm.duplicates()}, prints the merge
 * preview (the fields in conflict and what would move), merges the copy into the contact kept, and shows that the
 * copy's old id still resolves. Each step is printed before it runs; the {@link EventPrinter} prints the events.
 */
final class MergeDesk {

    private final Crm crm;
    private final DemoClock clock;
    private final EventPrinter events;
    private final PrintStream out;
    private final Contact original;

    /**
     * @param crm      the CRM to work in; never null
     * @param clock    the clock the CRM reads, moved forward between steps; never null
     * @param events   names the contacts in the events it prints; never null
     * @param out      where steps are printed; never null
     * @param original the person the badge duplicates; never null
     */
    MergeDesk(Crm crm, DemoClock clock, EventPrinter events, PrintStream out, Contact original) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
        this.original = Objects.requireNonNull(original, "original");
    }

    /**
     * @param at when the badge is typed in; the rest follows a quarter of an hour apart; never null
     * @return the contact kept, after the merge
     */
    Contact play(Instant at) {
        String name = original.profile().displayName();
        out.println("The duplicate desk (events are printed by the listener, after each commit):");
        stepAt(at, "type in a badge scanned at the trade fair: person \"" + name + "\", \"marie.dubois@gmail.com\","
                + " \"0470 12 34 56\", language nl, from Trade fair 2026");
        Contact copy = crm.contacts().create(ContactInput.person(original.profile().firstName(),
                        original.profile().lastName()).email("marie.dubois@gmail.com").phone("0470 12 34 56")
                .language("nl").origin("Trade fair 2026").build());
        events.remember(copy, name + " (badge)");
        stepAt(at.plus(Duration.ofMinutes(5)), "log a call with the new \"" + name + "\": \"Wants a quote for 20"
                + " scanners\"");
        crm.interactions().log(LogInteraction.call(copy.id(), "Wants a quote for 20 scanners"));

        stepAt(at.plus(Duration.ofMinutes(15)), "look for duplicates of the new contact");
        List<DuplicatePair> duplicates = crm.duplicates().duplicatesOf(copy.id(),
                DuplicateCriteria.persons().withDefaultRegion("BE"));
        for (DuplicatePair pair : duplicates) {
            Contact other = crm.contacts().get(ContactId.of(pair.second().value()));
            out.println("      likely duplicate: \"" + other.profile().displayName() + "\" ("
                    + other.profile().emails().stream().map(EmailAddress::value).findFirst().orElse("no e-mail")
                    + "), " + pair.evidence().explain());
        }

        stepAt(at.plus(Duration.ofMinutes(20)), "preview merging the new contact into the one the book had");
        MergePreview preview = crm.merges().preview(copy.id(), original.id());
        TextTable conflicts = new TextTable(List.of("Field", "Kept", "Merged away"));
        for (FieldConflict conflict : preview.conflicts()) {
            conflicts.row(List.of(lower(conflict.field().name()), conflict.targetValue(), conflict.sourceValue()));
        }
        out.print(conflicts.render());
        Map<LinkedKind, Long> moves = new EnumMap<>(preview.moves());
        out.println("      would move or add: " + moves.entrySet().stream()
                .map(move -> lower(move.getKey().name()) + " " + move.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("nothing"));

        stepAt(at.plus(Duration.ofMinutes(25)), "merge it, keeping the original's values");
        Contact source = crm.contacts().get(copy.id());
        Contact target = crm.contacts().get(original.id());
        Contact kept = crm.merges().merge(MergeContacts.of(copy.id(), original.id())
                .expectingVersions(source.version(), target.version()));
        out.println("      \"" + name + "\" now: " + kept.profile().emails().stream().map(EmailAddress::value)
                .reduce((a, b) -> a + ", " + b).orElse("") + "; language " + kept.profile().language()
                + ", from " + kept.origin().orElse("-"));
        Contact resolved = crm.merges().resolve(copy.id());
        out.println("      resolve(" + copy.id() + ") -> \"" + resolved.profile().displayName() + "\" "
                + resolved.id() + (resolved.id().equals(original.id()) ? ", the contact kept" : ""));
        return kept;
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void stepAt(Instant now, String what) {
        if (now.isBefore(clock.instant())) {
            throw new IllegalStateException("the story runs forward: " + now + " is before " + clock.instant());
        }
        clock.advance(Duration.between(clock.instant(), now));
        out.println(StageHistoryPrinter.WHEN.format(now.atZone(clock.getZone())) + "  " + what);
    }
}
