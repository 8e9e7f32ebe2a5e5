/**
 * How duplicate detection works inside, with no compatibility guarantee: the normalisers (text, company names, e-mail
 * addresses, phone numbers, streets), the blocking keys, the field comparisons and scoring, and the clustering.
 */
package org.embedcrm.core.merge.internal;
