package org.embedcrm.core.activity;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.embedcrm.core.shared.UserRef;

/**
 * A follow-up asked for when logging an interaction: a task due at {@code at} for {@code assignee}, with a
 * reminder at that time.
 *
 * @param at       when to follow up; never null
 * @param assignee who follows up; never null
 */
public record FollowUp(@NotNull Instant at, @NotNull UserRef assignee) {
}
