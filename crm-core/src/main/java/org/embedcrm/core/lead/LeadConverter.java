package org.embedcrm.core.lead;

import java.util.Optional;
import org.embedcrm.core.deal.Deal;
import org.embedcrm.core.deal.DealService;
import org.embedcrm.core.deal.OpenDeal;
import org.embedcrm.core.error.NotFoundException;
import org.embedcrm.core.error.ValidationException;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.ContactId;
import org.embedcrm.core.party.ContactInput;
import org.embedcrm.core.party.ContactRole;
import org.embedcrm.core.party.ContactService;
import org.embedcrm.core.party.Contacts;
import org.embedcrm.core.party.EmailAddress;
import org.embedcrm.core.party.PhoneNumber;
import org.embedcrm.core.shared.TenantId;

/**
 * The steps of a conversion, each through the contact and deal services so that every rule of theirs applies;
 * the caller runs them in one transaction.
 */
final class LeadConverter {

    private final Contacts contacts;
    private final ContactService contactService;
    private final DealService dealService;

    LeadConverter(Contacts contacts, ContactService contactService, DealService dealService) {
        this.contacts = contacts;
        this.contactService = contactService;
        this.dealService = dealService;
    }

    /**
     * The customer: the active contact with that e-mail address, made a customer (and given the phone number and
     * origin when it has none), or else a new person; its origin is the lead's source.
     */
    Contact customer(TenantId tenant, Lead lead, ConvertLead command, String origin) {
        String email = command.customerEmail() != null ? command.customerEmail()
                : Optional.ofNullable(lead.details().email()).map(EmailAddress::value).orElse(null);
        String phone = command.customerPhone() != null ? command.customerPhone()
                : Optional.ofNullable(lead.details().phone()).map(PhoneNumber::raw).orElse(null);
        Optional<Contact> existing = email == null ? Optional.empty()
                : contacts.activeWithEmail(tenant, EmailAddress.of(email));
        Contact customer;
        if (existing.isPresent()) {
            Contact found = existing.get();
            ContactInput.Builder input = ContactInput.of(found).withoutRole(ContactRole.PROSPECT).role(ContactRole.CUSTOMER);
            if (phone != null && found.profile().phones().isEmpty()) {
                input.phone(phone);
            }
            if (found.origin().isEmpty()) {
                input.origin(origin);
            }
            customer = contactService.update(found.id(), input.build(), null);
        } else {
            String[] names = split(command.customerName());
            ContactInput.Builder input = ContactInput.person(names[0], names[1]).role(ContactRole.CUSTOMER)
                    .origin(origin);
            if (email != null) {
                input.email(email);
            }
            if (phone != null) {
                input.phone(phone);
            }
            customer = contactService.create(input.build());
        }
        if (lead.consent().callRejected() || lead.consent().emailRejected()) {
            customer = contactService.recordConsent(customer.id(),
                    lead.consent().callRejected() || customer.consent().callRejected(),
                    lead.consent().emailRejected() || customer.consent().emailRejected());
        }
        return customer;
    }

    /** The company asked for, the customer linked to it (an existing link keeps its job title); null for none. */
    Contact company(TenantId tenant, Lead lead, CompanyOption option, Contact customer) {
        Contact company;
        if (option.existing() != null) {
            ContactId id = option.existing();
            company = contacts.find(tenant, id).orElseThrow(() -> new NotFoundException("contact", id));
        } else if (option.newName() != null) {
            ContactInput.Builder input = ContactInput.company(option.newName()).role(ContactRole.CUSTOMER);
            String phone = option.newPhone() != null ? option.newPhone()
                    : Optional.ofNullable(lead.details().phone()).map(PhoneNumber::raw).orElse(null);
            if (phone != null) {
                input.phone(phone);
            }
            if (option.newEmail() != null) {
                input.email(option.newEmail());
            }
            company = contactService.create(input.build());
        } else {
            return null;
        }
        ContactId companyId = company.id();
        if (customer.employments().stream().noneMatch(job -> job.company().equals(companyId))) {
            contactService.linkToCompany(customer.id(), companyId, null);
        }
        return company;
    }

    /** The deal of the draft, for the customer and company. */
    Deal deal(Lead lead, DealDraft draft, Contact customer, Contact company) {
        OpenDeal command = OpenDeal.in(draft.pipeline(), draft.title() != null ? draft.title() : lead.details().title())
                .worth(draft.value() != null ? draft.value() : lead.details().value())
                .closingOn(draft.expectedCloseDate())
                .with(company == null ? null : company.id(), customer == null ? null : customer.id())
                .assignedTo(lead.assignee());
        return dealService.open(draft.stage() == null ? command : command.inStage(draft.stage()));
    }

    private static String[] split(String fullName) {
        String name = fullName.strip();
        int space = name.lastIndexOf(' ');
        if (space < 1) {
            throw ValidationException.of("customerName", "lead.customer-name.incomplete",
                    "give the customer's first and last name: " + fullName);
        }
        return new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
    }
}
