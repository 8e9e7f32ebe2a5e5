package org.embedcrm.core.activity;

import java.util.List;

/**
 * One round of reading a timeline: the items certain to be in order, and where the next round starts.
 *
 * @param items    in timeline order; never null
 * @param boundary the position of the last row read from a source that had more, or null when every source
 *                 answered completely
 */
record Round(List<TimelineItem> items, TimelineCursor boundary) {
}
