package org.embedcrm.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.embedcrm.core.einvoicing.PeppolStatus;
import org.embedcrm.core.party.Address;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactProfile;
import org.embedcrm.core.party.CustomerTerms;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.scoring.HealthScore;
import org.embedcrm.core.shared.UserRef;
import org.embedcrm.io.csv.ContactColumn;

/**
 * Writes a contact as the cells of a CSV row, one per {@link ContactColumn}, in the enum's order, with its health
 * score and PEPPOL status when it has them (looked up by the caller for a whole page).
 */
public final class ContactRowWriter {

    private final SettingNames names;

    /** @param names the tenant's tag, status and group names; never null */
    public ContactRowWriter(SettingNames names) {
        this.names = names;
    }

    /** @return the header row: every column's standard header */
    public static List<String> header() {
        return Arrays.stream(ContactColumn.values()).map(ContactColumn::header).toList();
    }

    /**
     * @param contact a stored contact; never null
     * @param health  its last health score, or null when it has none
     * @param peppol  its last PEPPOL status, or null when it was never checked
     * @return its cells, empty strings where it has no value
     */
    public List<String> cells(Contact contact, HealthScore health, PeppolStatus peppol) {
        ContactProfile p = contact.profile();
        List<String> billing = parts(p.billingAddress());
        List<String> delivery = parts(p.deliveryAddresses().isEmpty() ? null : p.deliveryAddresses().get(0));
        List<String> cells = new ArrayList<>();
        for (ContactColumn column : ContactColumn.values()) {
            String cell = switch (column) {
                case HEALTH_SCORE -> health == null ? null : Integer.toString(health.score());
                case HEALTH_BAND -> health == null ? null : health.band().name().toLowerCase(Locale.ROOT);
                case PEPPOL_REGISTERED -> peppol == null ? null : Boolean.toString(peppol.registered());
                case PEPPOL_CHECKED_AT -> peppol == null ? null : peppol.checkedAt().toString();
                default -> cell(contact, column, billing, delivery);
            };
            cells.add(cell == null ? "" : cell);
        }
        return cells;
    }

    private String cell(Contact c, ContactColumn column, List<String> billing, List<String> delivery) {
        ContactProfile p = c.profile();
        CustomerTerms t = c.terms();
        return switch (column) {
            case ID -> c.id().toString();
            case TYPE -> c.type().name().toLowerCase(Locale.ROOT);
            case DISPLAY_NAME -> p.displayName();
            case FIRST_NAME -> p.firstName();
            case LAST_NAME -> p.lastName();
            case EMAILS -> CellValues.list(p.emails().stream().map(EmailAddress::value).toList());
            case PHONES -> CellValues.list(p.phones().stream().map(PhoneNumber::raw).toList());
            case WEBSITE -> p.website();
            case INDUSTRY -> p.industry();
            case DESCRIPTION -> p.description();
            case LANGUAGE -> p.language() == null ? null : p.language().value();
            case COUNTRY -> p.country() == null ? null : p.country().value();
            case BILLING_STREET, BILLING_CITY, BILLING_REGION, BILLING_POSTAL_CODE, BILLING_COUNTRY ->
                    billing.get(column.ordinal() - ContactColumn.BILLING_STREET.ordinal());
            case DELIVERY_STREET, DELIVERY_CITY, DELIVERY_REGION, DELIVERY_POSTAL_CODE, DELIVERY_COUNTRY ->
                    delivery.get(column.ordinal() - ContactColumn.DELIVERY_STREET.ordinal());
            case ROLES -> sorted(c.roles(), r -> r.name().toLowerCase(Locale.ROOT));
            case STATUS -> c.status().map(names::statusName).orElse(null);
            case TAGS -> sorted(c.tags(), names::tagName);
            case ASSIGNEES -> sorted(c.assignees(), UserRef::value);
            case STAR_RATING -> Integer.toString(c.rating().stars());
            case INTERNAL_NOTES -> c.internalNotes().orElse(null);
            case NEXT_CONTACT_DATE -> c.nextContactDate().map(Object::toString).orElse(null);
            case PAYMENT_TERMS -> t.paymentTerms() == null ? null : CellValues.terms(t.paymentTerms());
            case CREDIT_LIMIT -> t.creditLimit() == null ? null : CellValues.money(t.creditLimit());
            case VAT_NUMBER -> t.vatNumber() == null ? null : t.vatNumber().value();
            case CUSTOMER_GROUP -> t.customerGroup() == null ? null : names.groupCode(t.customerGroup());
            case DOCUMENT_LANGUAGE -> t.documentLanguage() == null ? null : t.documentLanguage().value();
            case ORIGIN -> c.origin().orElse(null);
            case REFUSES_CALLS -> Boolean.toString(c.consent().callRejected());
            case REFUSES_EMAILS -> Boolean.toString(c.consent().emailRejected());
            case CREATED_AT -> c.createdAt().toString();
            case UPDATED_AT -> c.updatedAt().toString();
            case ARCHIVED -> Boolean.toString(c.isArchived());
            case HEALTH_SCORE, HEALTH_BAND, PEPPOL_REGISTERED, PEPPOL_CHECKED_AT -> null;
        };
    }

    private static List<String> parts(Address address) {
        return address == null ? Arrays.asList(new String[5]) : AddressColumns.cells(address);
    }

    private static <T> String sorted(Collection<T> values, Function<T, String> text) {
        return CellValues.list(values.stream().map(text).sorted().toList());
    }
}
