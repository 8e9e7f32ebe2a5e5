package org.embedcrm.core.einvoicing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.embedcrm.core.error.ExternalServiceException;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.RuleViolationException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.internal.ServiceContext;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.VatNumber;
import org.embedcrm.spi.einvoicing.BusinessIdentifier;
import org.embedcrm.spi.einvoicing.DocumentType;
import org.embedcrm.spi.einvoicing.ParticipantLookup;
import org.embedcrm.spi.einvoicing.ParticipantLookupException;
import org.embedcrm.spi.einvoicing.ParticipantRegistration;

/**
 * Checks whether contacts can receive e-invoices over PEPPOL, through the {@link ParticipantLookup} plugin (e.g.
 * {@code crm-plugin-peppol}), and keeps the answer per contact. Obtain it from
 * {@link org.embedcrm.core.Crm#einvoicing()}.
 *
 * <p>The lookup uses the contact's VAT number (for a Belgian company, first the enterprise number it holds, then
 * the VAT number; the first identifier found registered wins); the network is asked outside any transaction (the plugin caches
 * answers), and the status is then stored in a short transaction of its own.
 */
public final class EInvoicingService {

    private final ServiceContext ctx;
    private final Contacts contacts;
    private final PeppolStatuses statuses;
    private final List<ParticipantLookup> lookups;

    /**
     * @param ctx      the service plumbing; never null
     * @param contacts the contact port; never null
     * @param statuses the status port; never null
     * @param lookups  the lookup plugins, maybe none; the first is used; never null
     */
    public EInvoicingService(ServiceContext ctx, Contacts contacts, PeppolStatuses statuses,
                             List<ParticipantLookup> lookups) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.lookups = List.copyOf(lookups);
    }

    /**
     * Looks the contact up on the PEPPOL network now and stores the answer.
     *
     * @param id the contact; never null
     * @return its status; empty when it has no VAT number, or PEPPOL has no identifier scheme for its country
     * @throws NotFoundException        when the contact does not exist
     * @throws RuleViolationException   {@code einvoicing.no-lookup} when no lookup plugin is installed
     * @throws ValidationException      {@code einvoicing.number-invalid} when the VAT number fails the scheme's
     *                                  checks
     * @throws ExternalServiceException when no registry gave a usable answer
     */
    public Optional<PeppolStatus> check(ContactId id) {
        Objects.requireNonNull(id, "contact");
        if (lookups.isEmpty()) {
            throw new RuleViolationException("einvoicing.no-lookup",
                    "no PEPPOL lookup plugin is installed (add crm-plugin-peppol or register a ParticipantLookup)");
        }
        Contact contact = ctx.run(() -> contacts.find(ctx.tenant(), id))
                .orElseThrow(() -> new NotFoundException("contact", id));
        VatNumber vat = contact.terms().vatNumber();
        if (vat == null) {
            return Optional.empty();
        }
        Optional<ParticipantRegistration> registration = Optional.empty();
        for (BusinessIdentifier identifier : identifiers(vat)) {
            registration = lookUp(identifier);
            if (registration.filter(ParticipantRegistration::registered).isPresent()) {
                break;
            }
        }
        return registration.map(r -> {
            PeppolStatus status = new PeppolStatus(ctx.tenant(), id, r.participant().asText(), r.registered(),
                    r.documentTypes().stream().map(DocumentType::asText).toList(), r.checkedAt(), r.source().name());
            ctx.run(() -> {
                statuses.save(status);
                return null;
            });
            return status;
        });
    }

    /**
     * @param id the contact; never null
     * @return its last known status, without asking the network
     */
    public Optional<PeppolStatus> status(ContactId id) {
        Objects.requireNonNull(id, "contact");
        return ctx.run(() -> statuses.find(ctx.tenant(), id));
    }

    /**
     * @param ids the contacts of a list page; never null
     * @return their last known statuses, by contact, without asking the network
     */
    public Map<ContactId, PeppolStatus> statuses(Collection<ContactId> ids) {
        Objects.requireNonNull(ids, "contacts");
        return ids.isEmpty() ? Map.of() : ctx.run(() -> statuses.findAll(ctx.tenant(), ids));
    }

    /**
     * A Belgian VAT number holds the enterprise number, the identifier (scheme 0208) most Belgian participants are
     * registered under, so it is tried first; then the VAT number itself (9925 in Belgium).
     */
    private static List<BusinessIdentifier> identifiers(VatNumber vat) {
        BusinessIdentifier byVat = BusinessIdentifier.vatNumber(vat.country(), vat.value());
        return vat.country().equals("BE")
                ? List.of(BusinessIdentifier.registrationNumber("BE", vat.value().substring(2)), byVat)
                : List.of(byVat);
    }

    private Optional<ParticipantRegistration> lookUp(BusinessIdentifier identifier) {
        try {
            return lookups.get(0).lookUp(identifier);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("vatNumber", "einvoicing.number-invalid", e.getMessage());
        } catch (ParticipantLookupException e) {
            throw new ExternalServiceException(e.getMessage(), e);
        }
    }
}
