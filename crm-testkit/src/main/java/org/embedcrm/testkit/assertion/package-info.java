/** AssertJ-style assertions for EmbedCRM's aggregates and errors: {@code CrmAssertions.assertThat(deal).isWonOn(today)}. */
package org.embedcrm.testkit.assertion;
