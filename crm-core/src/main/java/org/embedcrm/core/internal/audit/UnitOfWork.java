package org.embedcrm.core.internal.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.embedcrm.core.activity.ChangeSetId;
import org.embedcrm.core.activity.RecordRef;

/**
 * What the audit trail knows about the current command: its change set, and the audited parts of every aggregate
 * as it was loaded, so that an update can be compared with the stored state without reading it again.
 */
final class UnitOfWork {

    private final ChangeSetId changeSet;
    private final Map<RecordRef, List<AuditedPart>> loaded = new HashMap<>();

    UnitOfWork(ChangeSetId changeSet) {
        this.changeSet = changeSet;
    }

    ChangeSetId changeSet() {
        return changeSet;
    }

    void remember(RecordRef aggregate, List<AuditedPart> parts) {
        loaded.put(aggregate, parts);
    }

    void forget(RecordRef aggregate) {
        loaded.remove(aggregate);
    }

    Optional<List<AuditedPart>> loaded(RecordRef aggregate) {
        return Optional.ofNullable(loaded.get(aggregate));
    }
}
