package org.embedcrm.io.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.embedcrm.core.Crm;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadOutcome;
import org.embedcrm.core.lead.LeadSource;
import org.embedcrm.core.lead.LeadStatus;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.testkit.generator.Generator;

/**
 * An open lead to create, its source and status named (the ids differ per tenant), with text that CSV and spreadsheets
 * find hard: separators, quotes, line breaks, formula characters, accents.
 */
record LeadSpec(LeadInput input, String source, String status) {

    /** Sources and statuses defined on top of a new tenant's own. */
    static final List<String> EXTRA_SOURCES = List.of("Fair; 2026", "@Partner");
    static final List<String> EXTRA_STATUSES = List.of("=Hot");

    private static final List<String> SOURCES = List.of("Website", "Trade Show", "Fair; 2026", "@Partner");
    private static final List<String> STATUSES = List.of("New", "Contacted", "Qualified", "=Hot");
    private static final List<String> TEXT = List.of("plain", "with, comma", "with; semicolon", "\"quoted\"",
            "two\nlines", "=1+2", "+32", "-minus", "@at", "'apostrophe", "'=marked", "Zoë Ødegård", "tab\tinside",
            "café ☕");

    /** @return leads whose e-mail addresses, when they have one, are unique to their index */
    static Generator<LeadSpec> generator(int index) {
        return random -> {
            String email = random.nextInt(5) > 0 ? "Lead" + index + "@Example.org" : null;
            String phone = random.nextBoolean() ? null : random.nextBoolean()
                    ? String.format("0470 %02d %02d %02d", index % 100, random.nextInt(100), random.nextInt(100))
                    : "+32 2 " + (500 + index % 400) + " 00 " + String.format("%02d", random.nextInt(100));
            Money value = random.nextBoolean() ? null : Money.of(BigDecimal.valueOf(random.nextInt(1_000_000),
                    random.nextInt(5)), Money.currency(pick(random, List.of("EUR", "USD", "JPY"))));
            UserRef assignee = random.nextBoolean() ? null : UserRef.of(pick(random, List.of("alice", "bob", "carol")));
            LeadInput input = new LeadInput(text(random) + " " + index, maybe(random, text(random) + " " + text(random)),
                    maybe(random, text(random)), email, phone, maybe(random, text(random)), value, null, null, null,
                    assignee, random.nextInt(4) == 0, random.nextInt(4) == 0);
            return new LeadSpec(input, maybe(random, pick(random, SOURCES)), pick(random, STATUSES));
        };
    }

    /** Defines the sources and statuses every spec may name that a new tenant lacks. */
    static void defineSettings(Crm crm) {
        EXTRA_SOURCES.forEach(crm.leadSettings()::defineSource);
        EXTRA_STATUSES.forEach(s -> crm.leadSettings().defineStatus(s, null, false, LeadOutcome.NONE));
    }

    /** @return the lead created in the CRM's tenant, whose settings are defined */
    Lead createIn(Crm crm) {
        LeadInput in = input;
        return crm.leads().create(new LeadInput(in.title(), in.description(), in.contactName(), in.email(), in.phone(),
                in.companyName(), in.value(),
                source == null ? null : crm.leadSettings().sources().stream().filter(s -> s.name().equals(source))
                        .map(LeadSource::id).findFirst().orElseThrow(),
                null,
                crm.leadSettings().statuses().stream().filter(s -> s.name().equals(status)).map(LeadStatus::id)
                        .findFirst().orElseThrow(),
                in.assignee(), in.callRejected(), in.emailRejected())).lead();
    }

    private static String text(Random random) {
        return pick(random, TEXT);
    }

    private static String maybe(Random random, String value) {
        return random.nextBoolean() ? value : null;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
