package org.embedcrm.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.embedcrm.core.lead.Lead;
import org.embedcrm.core.lead.LeadDetails;
import org.embedcrm.core.lead.LeadId;
import org.embedcrm.core.lead.LeadInput;
import org.embedcrm.core.lead.LeadSourceId;
import org.embedcrm.core.lead.LeadStatusId;
import org.embedcrm.core.party.Consent;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.party.Rejection;
import org.embedcrm.core.shared.Money;
import org.embedcrm.core.shared.TenantId;
import org.embedcrm.core.shared.UserRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("the lead a merge keeps")
class MergedLeadPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final UserRef ALICE = UserRef.of("alice");
    private static final LeadStatusId NEW = LeadStatusId.of(UUID.randomUUID().toString());
    private static final List<LeadSourceId> SOURCES = List.of(new LeadSourceId(UUID.randomUUID()),
            new LeadSourceId(UUID.randomUUID()));
    private static final List<ContactId> REFERENTS = List.of(new ContactId(UUID.randomUUID()),
            new ContactId(UUID.randomUUID()));

    /** Each field as the merged edit carries it. */
    private static final Map<LeadMergeField, Function<LeadInput, Object>> IN_INPUT = inInput();

    @Test
    @DisplayName("takes a field from the source exactly when the source fills it and the target does not, or the"
            + " caller chose the source's; either lead's refusal holds; conflicts are the fields both fill apart")
    void fieldByField() {
        qt().forAll(lead(), lead(), integers().between(0, (1 << LeadMergeField.values().length) - 1))
                .checkAssert((source, target, mask) -> {
                    Set<LeadMergeField> chosen = fields(mask);
                    MergedLead merged = new MergedLead(source, target);
                    LeadInput input = merged.input(chosen);

                    for (LeadMergeField field : LeadMergeField.values()) {
                        boolean fromSource = field.valueOf(source) != null
                                && (field.valueOf(target) == null || chosen.contains(field));
                        Lead expected = fromSource ? source : target;
                        assertThat(IN_INPUT.get(field).apply(input)).as(field.name())
                                .isEqualTo(IN_INPUT.get(field).apply(LeadInput.of(expected)));
                    }
                    assertThat(input.callRejected())
                            .isEqualTo(source.consent().callRejected() || target.consent().callRejected());
                    assertThat(input.emailRejected())
                            .isEqualTo(source.consent().emailRejected() || target.consent().emailRejected());
                    assertThat(merged.conflicts()).extracting(LeadFieldConflict::field)
                            .containsExactlyElementsOf(EnumSet.allOf(LeadMergeField.class).stream()
                                    .filter(f -> f.valueOf(source) != null && f.valueOf(target) != null
                                            && !Objects.equals(f.valueOf(source), f.valueOf(target)))
                                    .toList());
                });
    }

    private static Set<LeadMergeField> fields(int mask) {
        Set<LeadMergeField> fields = EnumSet.noneOf(LeadMergeField.class);
        for (LeadMergeField field : LeadMergeField.values()) {
            if ((mask & (1 << field.ordinal())) != 0) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** Leads whose optional fields are each empty or one of two values, so that equal and different values meet. */
    private static Gen<Lead> lead() {
        return integers().between(0, (1 << 12) - 1).zip(integers().between(0, (1 << 12) - 1), (present, pick) -> {
            LeadDetails details = new LeadDetails(either(pick, 0, "Pilot", "Rollout"),
                    on(present, 1) ? either(pick, 1, "Met at the fair", "Web form") : null,
                    on(present, 2) ? either(pick, 2, "Ann Smith", "Bob Jones") : null,
                    on(present, 3) ? EmailAddress.of(either(pick, 3, "ann@globex.example", "bob@globex.example"))
                            : null,
                    on(present, 4) ? phone(either(pick, 4, "+32470000001", "+32470000002")) : null,
                    on(present, 5) ? either(pick, 5, "Globex", "Initech") : null,
                    on(present, 6) ? Money.of(either(pick, 6, "10", "20"), "EUR") : null,
                    on(present, 7) ? SOURCES.get(bit(pick, 7)) : null,
                    on(present, 8) ? REFERENTS.get(bit(pick, 8)) : null);
            Consent consent = Consent.none().refusing(on(present, 9), on(present, 10), new Rejection(NOW, ALICE));
            return Lead.restore(new Lead.Snapshot(new LeadId(UUID.randomUUID()), TenantId.of("acme"), 1, details,
                    NEW, UserRef.of(either(pick, 11, "alice", "bob")), consent, null, null, null, List.of(), NOW,
                    ALICE, NOW));
        });
    }

    private static PhoneNumber phone(String e164) {
        return new PhoneNumber(e164, "0" + e164.substring(3));
    }

    private static boolean on(int bits, int index) {
        return bit(bits, index) == 1;
    }

    private static int bit(int bits, int index) {
        return (bits >> index) & 1;
    }

    private static String either(int bits, int index, String zero, String one) {
        return on(bits, index) ? one : zero;
    }

    private static Map<LeadMergeField, Function<LeadInput, Object>> inInput() {
        Map<LeadMergeField, Function<LeadInput, Object>> fields = new EnumMap<>(LeadMergeField.class);
        fields.put(LeadMergeField.TITLE, LeadInput::title);
        fields.put(LeadMergeField.DESCRIPTION, LeadInput::description);
        fields.put(LeadMergeField.CONTACT_NAME, LeadInput::contactName);
        fields.put(LeadMergeField.EMAIL, LeadInput::email);
        fields.put(LeadMergeField.PHONE, LeadInput::phone);
        fields.put(LeadMergeField.COMPANY_NAME, LeadInput::companyName);
        fields.put(LeadMergeField.VALUE, LeadInput::value);
        fields.put(LeadMergeField.SOURCE, LeadInput::source);
        fields.put(LeadMergeField.REFERENT, LeadInput::referent);
        fields.put(LeadMergeField.ASSIGNEE, LeadInput::assignee);
        return fields;
    }
}
