package org.embedcrm.persistence.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;
import org.embedcrm.core.party.CustomerGroupId;
import org.embedcrm.core.party.CustomerTerms;
import org.embedcrm.core.party.LanguageCode;
import org.embedcrm.core.party.PaymentTerms;
import org.embedcrm.core.party.VatNumber;
import org.embedcrm.core.shared.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contact's commercial terms in {@code embedcrm_contacts}.
 *
 * @param paymentNetDays      net days, or null
 * @param paymentTermsName    named payment terms, or null
 * @param creditLimitAmount   or null
 * @param creditLimitCurrency the credit limit's ISO-4217 code, or null
 * @param vatNumber           the canonical VAT number, or null
 * @param customerGroupId     or null
 * @param documentLanguage    the ISO-639-1 code, or null
 */
@Embeddable
record TermsColumns(
        @Column(name = "payment_net_days") Integer paymentNetDays,
        @Column(name = "payment_terms_name", length = 100) String paymentTermsName,
        @Column(name = "credit_limit_amount", precision = 19, scale = 4) BigDecimal creditLimitAmount,
        @Column(name = "credit_limit_currency", length = 3) @JdbcTypeCode(SqlTypes.CHAR) String creditLimitCurrency,
        @Column(name = "vat_number", length = 20) String vatNumber,
        @Column(name = "customer_group_id") UUID customerGroupId,
        @Column(name = "document_language", length = 2) @JdbcTypeCode(SqlTypes.CHAR) String documentLanguage) {

    /** The attribute holding the customer group, for queries. */
    static final String CUSTOMER_GROUP = "customerGroupId";

    /** @return the columns, or null when no term is set (Hibernate reads all-null columns as null) */
    static TermsColumns of(CustomerTerms terms) {
        if (terms.equals(CustomerTerms.none())) {
            return null;
        }
        PaymentTerms payment = terms.paymentTerms();
        Money limit = terms.creditLimit();
        return new TermsColumns(payment == null ? null : payment.netDays(), payment == null ? null : payment.name(),
                limit == null ? null : limit.amount(), limit == null ? null : limit.currency().getCurrencyCode(),
                terms.vatNumber() == null ? null : terms.vatNumber().value(),
                terms.customerGroup() == null ? null : terms.customerGroup().value(),
                terms.documentLanguage() == null ? null : terms.documentLanguage().value());
    }

    /** @return the terms the columns hold, or {@link CustomerTerms#none()} for null columns */
    static CustomerTerms toTerms(TermsColumns columns) {
        if (columns == null) {
            return CustomerTerms.none();
        }
        PaymentTerms payment = columns.paymentNetDays == null && columns.paymentTermsName == null ? null
                : new PaymentTerms(columns.paymentNetDays, columns.paymentTermsName);
        Money limit = columns.creditLimitAmount == null ? null
                : Money.of(columns.creditLimitAmount, Money.currency(columns.creditLimitCurrency));
        return new CustomerTerms(payment, limit, columns.vatNumber == null ? null : new VatNumber(columns.vatNumber),
                columns.customerGroupId == null ? null : new CustomerGroupId(columns.customerGroupId),
                columns.documentLanguage == null ? null : new LanguageCode(columns.documentLanguage));
    }
}
