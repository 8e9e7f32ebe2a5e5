/** Internal machinery of the core (validation, ids, event delivery); no compatibility promise. */
package org.embedcrm.core.internal;
