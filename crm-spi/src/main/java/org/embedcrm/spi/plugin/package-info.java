/**
 * The one shape every EmbedCRM extension point takes: a {@link org.embedcrm.spi.plugin.PluginFactory} with a
 * stable id and an order, discovered with {@link java.util.ServiceLoader} or registered explicitly, creating one
 * provider per {@code Crm} from a {@link org.embedcrm.spi.plugin.PluginContext}.
 */
package org.embedcrm.spi.plugin;
