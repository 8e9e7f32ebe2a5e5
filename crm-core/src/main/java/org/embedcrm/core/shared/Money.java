package org.embedcrm.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.embedcrm.core.error.ValidationException;

/**
 * An amount of one currency: a {@link BigDecimal} with at most four decimals and an ISO-4217 currency, never a
 * {@code double}. Two amounts are equal when their values are equal, whatever their scale ({@code 10.5 == 10.50}).
 *
 * @param amount   the amount, normalised to scale 4; never null
 * @param currency the ISO-4217 currency; never null
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Largest number of decimals kept; the persistence adapters store amounts as {@code DECIMAL(19,4)}. */
    public static final int SCALE = 4;

    private static final BigDecimal MAX = new BigDecimal("999999999999999.9999");

    /** Rejects null parts, more than four decimals and amounts beyond 15 integer digits. */
    public Money {
        if (amount == null || currency == null) {
            throw ValidationException.of("money", "money.required", "amount and currency are required");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw ValidationException.of("money.amount", "money.scale", "at most " + SCALE + " decimals: " + amount);
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw ValidationException.of("money.amount", "money.too-large", "amount out of range: " + amount);
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * @param amount       decimal text such as {@code "1250.00"}; never null
     * @param currencyCode ISO-4217 code such as {@code "EUR"}; never null
     * @return that amount
     * @throws ValidationException when the amount or the currency code is not valid
     */
    public static Money of(String amount, String currencyCode) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(Objects.requireNonNull(amount, "amount"));
        } catch (NumberFormatException e) {
            throw ValidationException.of("money.amount", "money.amount.format", "not a number: " + amount);
        }
        return new Money(parsed, currency(currencyCode));
    }

    /**
     * @param amount   the amount; never null
     * @param currency the currency; never null
     * @return that amount
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * @param currency the currency; never null
     * @return zero of that currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * @param code ISO-4217 code; never null
     * @return the currency
     * @throws ValidationException when the code is not an ISO-4217 currency
     */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(Objects.requireNonNull(code, "currency").trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("money.currency", "money.currency.unknown", "not an ISO-4217 currency: " + code);
        }
    }

    /**
     * @param other an amount of the same currency; never null
     * @return the sum
     * @throws IllegalArgumentException when the currencies differ
     */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** @return whether the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public String toString() {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString()
                + " " + currency.getCurrencyCode();
    }
}
