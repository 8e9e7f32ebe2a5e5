/** Domain events: what happened in the CRM, delivered to listeners after the change committed. */
package org.embedcrm.core.event;
