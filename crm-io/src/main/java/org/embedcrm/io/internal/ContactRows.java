package org.embedcrm.io.internal;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.embedcrm.core.Crm;
import org.embedcrm.core.error.CrmException;
import org.embedcrm.core.error.NotFoundException;
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
import org.embedcrm.io.csv.ImportOptions;
import org.embedcrm.io.csv.ImportResult;

/**
 * The contact side of an import: looks up before each chunk which ids of its rows exist, reads the tenant's tags,
 * statuses and groups once per transaction, defines missing tags when asked, and, when the options match by strong
 * keys, indexes the contacts' keys once, before the first row, keeping the index in step with what commits.
 */
public final class ContactRows implements RecordImport {

    private final Crm crm;
    private final CsvHeader<ContactColumn> header;
    private final ImportOptions options;
    private final StrongKeyIndex strongKeys;
    private Set<ContactId> knownIds = Set.of();

    private ContactRows(Crm crm, CsvHeader<ContactColumn> header, ImportOptions options) {
        this.crm = crm;
        this.header = header;
        this.options = options;
        this.strongKeys = strongKeyIndex();
    }

    /**
     * @param crm          the CRM acting for the tenant imported into; never null
     * @param transactions the transactions of the CRM's store; never null
     * @param in           the file; never null; left open
     * @param options      how to read it, its kind one of contacts; never null
     * @return what the import did
     * @throws CrmIoException when the header cannot be used; nothing is stored then
     */
    public static ImportResult run(Crm crm, Transactions transactions, InputStream in, ImportOptions options) {
        return ImportRun.run(transactions, in, options, new ContactColumns(options.kind()),
                header -> new ContactRows(crm, header, options));
    }

    /** Looks up, each in its own transaction, which ids of the chunk exist: a failed lookup dooms its transaction. */
    @Override
    public void beforeChunk(List<CsvRow> chunk) {
        Set<ContactId> known = new HashSet<>();
        for (CsvRow row : chunk) {
            ContactId id = ContactRowApplier.idOf(row, header);
            if (id != null) {
                try {
                    crm.contacts().get(id);
                    known.add(id);
                } catch (NotFoundException elsewhere) {
                    // an id of another tenant or database: the row is matched by e-mail address, or creates a contact
                }
            }
        }
        knownIds = known;
    }

    @Override
    public Function<CsvRow, RowOutcome> inTransaction() {
        SettingNames names = SettingNames.load(crm);
        return new ContactRowApplier(crm, header, new ContactRowReader(header, options.kind(), names, tagMaker(names)),
                knownIds, strongKeys)::apply;
    }

    @Override
    public void transactionEnded(boolean committed) {
        if (strongKeys == null) {
            return;
        }
        if (committed) {
            strongKeys.commit();
        } else {
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
                throw new ServiceRefusal(refused);
            }
        };
    }
}
