/** The shared kernel every bounded context uses: money, tenants, users and permissions. */
package org.embedcrm.core.shared;
