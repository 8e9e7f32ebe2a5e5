package org.embedcrm.io.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.StoreException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.merge.MatchField;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactType;
import org.embedcrm.core.party.Tag;
import org.embedcrm.core.party.TagId;
import org.embedcrm.core.port.Transactions;
import org.embedcrm.core.shared.Names;
import org.embedcrm.io.CrmIoException;
import org.embedcrm.io.csv.ContactColumn;
import org.embedcrm.io.csv.ImportCounts;
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;
import org.embedcrm.io.csv.RowError;

/**
 * One import of a contact file: reads it in chunks, stores each chunk in one transaction, and when the contact
 * service refuses a row, rolls the chunk back and stores its rows one transaction each, so that the bad row is
 * reported and the others are kept. A dry run rolls every transaction back. When the options match by strong keys,
 * the contacts' keys are indexed once, before the first row. Not thread-safe; one per file.
 */
public final class ImportRun {

    /** Carries a refused row out of the chunk's transaction, which then rolls back. */
    private static final class RowFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException refusal;

        RowFailed(RuntimeException refusal) {
            super(null, null, false, false);
            this.refusal = refusal instanceof ServiceRefused wrapped ? wrapped.refusal : refusal;
        }
    }

    /** Keeps a service's refusal from being taken for a cell's validation problem inside the row reader. */
    private static final class ServiceRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CrmException refusal;

        ServiceRefused(CrmException refusal) {
            super(null, null, false, false);
            this.refusal = refusal;
        }
    }

    /** Ends a dry run's transaction with a rollback, carrying what would have happened. */
    private static final class DryRunDone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RowOutcome> outcomes;

        DryRunDone(List<RowOutcome> outcomes) {
            super(null, null, false, false);
            this.outcomes = outcomes;
        }
    }

    private final Crm crm;
    private final Transactions transactions;
    private final ImportOptions options;
    private final List<RowError> errors = new ArrayList<>();
    private ContactHeader header;
    private Charset charset;
    private StrongKeyIndex strongKeys;
    private ImportCounts counts = ImportCounts.none();

    private ImportRun(Crm crm, Transactions transactions, ImportOptions options) {
        this.crm = crm;
        this.transactions = transactions;
        this.options = options;
    }

    /**
     * @param crm          the CRM acting for the tenant imported into; never null
     * @param transactions the transactions of the CRM's store; never null
     * @param in           the file; never null; left open
     * @param options      how to read it; never null
     * @return what the import did
     * @throws CrmIoException when the header cannot be used; nothing is stored then
     */
    public static ImportResult run(Crm crm, Transactions transactions, InputStream in, ImportOptions options) {
        return new ImportRun(crm, transactions, options).execute(in);
    }

    private ImportResult execute(InputStream in) {
        CsvRows rows = CsvRows.open(in, options.charset(), options.delimiter(), options.maxRecordChars());
        header = ContactHeader.of(rows.header(), options.kind());
        charset = rows.charset();
        strongKeys = strongKeyIndex();
        List<CsvRow> chunk = new ArrayList<>();
        CrmIoException stoppedBy = null;
        while (true) {
            Optional<CsvRow> row;
            try {
                row = rows.next();
            } catch (CrmIoException unreadable) {
                stoppedBy = unreadable;
                break;
            }
            if (row.isEmpty()) {
                break;
            }
            chunk.add(row.get());
            if (chunk.size() == options.chunkSize()) {
                store(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            store(chunk);
        }
        return new ImportResult(counts, errors, header.unknown(), options.dryRun(), stoppedBy);
    }

    private void store(List<CsvRow> chunk) {
        Set<ContactId> known = existingIds(chunk);
        List<RowOutcome> outcomes;
        try {
            outcomes = inOneTransaction(chunk, known);
        } catch (RuntimeException refused) {
            rethrowIfStoreDown(refused);
            outcomes = chunk.stream().map(row -> alone(row, known)).toList();
        }
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        for (RowOutcome outcome : outcomes) {
            switch (outcome.result()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
            errors.addAll(outcome.errors());
        }
        counts = counts.plus(new ImportCounts(outcomes.size(), created, updated, unchanged, rejected));
        options.listener().chunkDone(counts);
    }

    private RowOutcome alone(CsvRow row, Set<ContactId> known) {
        try {
            return inOneTransaction(List.of(row), known).get(0);
        } catch (RowFailed failed) {
            rethrowIfStoreDown(failed.refusal);
            return RowOutcome.rejected(row.row(), ErrorColumns.of(row, failed.refusal, header));
        } catch (RuntimeException refused) {
            rethrowIfStoreDown(refused);
            return RowOutcome.rejected(row.row(), ErrorColumns.of(row, refused, header));
        }
    }

    private List<RowOutcome> inOneTransaction(List<CsvRow> rows, Set<ContactId> known) {
        try {
            List<RowOutcome> stored = transactions.inTransaction(() -> {
                SettingNames names = SettingNames.load(crm);
                RowApplier applier = new RowApplier(crm, header,
                        new ContactRowReader(header, options.kind(), names, tagMaker(names)), known, charset,
                        strongKeys);
                List<RowOutcome> outcomes = new ArrayList<>();
                for (CsvRow row : rows) {
                    try {
                        outcomes.add(applier.apply(row));
                    } catch (RuntimeException refused) {
                        throw new RowFailed(refused);
                    }
                }
                if (options.dryRun()) {
                    throw new DryRunDone(outcomes);
                }
                return outcomes;
            });
            if (strongKeys != null) {
                strongKeys.commit();
            }
            return stored;
        } catch (DryRunDone done) {
            rollBackKeys();
            return done.outcomes;
        } catch (RuntimeException rolledBack) {
            rollBackKeys();
            throw rolledBack;
        }
    }

    private void rollBackKeys() {
        if (strongKeys != null) {
            strongKeys.rollBack();
        }
    }

    /** @return the index of the strong keys the file has columns for, or null when it matches by none */
    private StrongKeyIndex strongKeyIndex() {
        Set<MatchField> keys = options.strongKeys().stream().filter(key -> header.has(switch (key) {
            case PHONE -> ContactColumn.PHONES;
            case VAT_NUMBER -> ContactColumn.VAT_NUMBER;
            default -> ContactColumn.EMAILS;
        })).collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return null;
        }
        ContactType type = options.kind().fixedType();
        return StrongKeyIndex.build(crm, keys, type == null ? EnumSet.allOf(ContactType.class) : EnumSet.of(type),
                options.phoneRegion());
    }

    /** Looks up, each in its own transaction, which ids of the chunk exist: a lookup that fails dooms its transaction. */
    private Set<ContactId> existingIds(List<CsvRow> chunk) {
        Set<ContactId> known = new HashSet<>();
        for (CsvRow row : chunk) {
            ContactId id = RowApplier.idOf(row, header);
            if (id != null) {
                try {
                    crm.contacts().get(id);
                    known.add(id);
                } catch (NotFoundException elsewhere) {
                    // an id of another tenant or database: the row is matched by e-mail address, or creates a contact
                }
            }
        }
        return known;
    }

    private Function<String, TagId> tagMaker(SettingNames names) {
        return name -> {
            if (!options.createMissingTags()) {
                throw ValidationException.of("tags", "import.tag.unknown", "the tenant has no tag named '" + name
                        + "'; define it first, or import with tags created");
            }
            Names.require("tags", name, Tag.NAME_MAX);
            try {
                Tag tag = crm.contactSettings().defineTag(name, null);
                names.add(tag);
                return tag.id();
            } catch (CrmException refused) {
                throw new ServiceRefused(refused);
            }
        };
    }

    /** A database that fails every statement fails the import instead of rejecting every row. */
    private static void rethrowIfStoreDown(RuntimeException e) {
        RuntimeException cause = e instanceof RowFailed failed ? failed.refusal : e;
        if (cause instanceof StoreException store && store.code().equals(StoreException.FAILED)) {
            throw store;
        }
    }
}
