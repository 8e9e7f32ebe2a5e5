package org.embedcrm.core.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.embedcrm.core.merge.DuplicateCriteria;
import org.embedcrm.core.merge.MatchRecord;
import org.embedcrm.core.merge.MatchRecordId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("normalising a record")
class RecordNormaliserTest {

    private final RecordNormaliser normaliser = new RecordNormaliser(DuplicateCriteria.persons().fields(), null);

    @Test
    @DisplayName("orders the records of an oversized block by date of birth, then by name, so that neighbours agree"
            + " on more than the key they share")
    void sortKey() {
        List<MatchRecord> records = List.of(
                person("1", "Anna", "Peeters", LocalDate.of(1990, 1, 1)),
                person("2", "Anna", "Aerts", LocalDate.of(1985, 3, 2)),
                person("3", "Anna", "Willems", LocalDate.of(1985, 3, 3)),
                person("4", "Anna", "Claes", null));

        List<String> order = records.stream().map(normaliser::normalise)
                .sorted(Comparator.comparing(NormalisedRecord::sortKey)).map(record -> record.id().value()).toList();

        assertThat(order).containsExactly("4", "2", "3", "1");
    }

    private static MatchRecord person(String id, String first, String last, LocalDate born) {
        return MatchRecord.person(MatchRecordId.of(id), first, last).withDateOfBirth(born);
    }
}
