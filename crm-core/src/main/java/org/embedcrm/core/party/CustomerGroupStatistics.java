package org.embedcrm.core.party;

/**
 * The figures shown above the list of customer groups.
 *
 * @param groups             how many groups exist
 * @param activeGroups       how many are active
 * @param groupsWithDiscount how many grant a discount above zero
 * @param customersAssigned  how many contacts belong to a group
 */
public record CustomerGroupStatistics(long groups, long activeGroups, long groupsWithDiscount,
                                      long customersAssigned) {
}
