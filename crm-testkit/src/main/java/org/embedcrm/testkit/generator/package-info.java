/**
 * Generators of valid (and deliberately invalid) CRM inputs for property tests: plain
 * {@link org.embedcrm.testkit.generator.Generator}s usable from any property-testing library, and
 * {@link org.embedcrm.testkit.generator.QuickTheoriesGenerators} adapting them to QuickTheories.
 */
package org.embedcrm.testkit.generator;
