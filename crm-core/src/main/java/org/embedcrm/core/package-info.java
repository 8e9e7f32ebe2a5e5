/**
 * EmbedCRM's public API: {@link org.embedcrm.core.Crm} is the one entry point a host ERP wires and calls.
 *
 * <p>Sub-packages hold one bounded context each ({@code deal}, later {@code party}, {@code lead}, ...), the
 * shared kernel ({@code shared}, {@code error}, {@code event}) and the ports adapters implement ({@code port}).
 * Packages named {@code internal} carry no compatibility promise.
 */
package org.embedcrm.core;
