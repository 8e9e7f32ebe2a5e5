/**
 * Internals of crm-io: reading and writing CSV safely, turning rows into contact input and back, the import's
 * chunked transactions, the index of contacts by strong keys, and applying a settings document. No compatibility promise; use the API packages.
 */
package org.embedcrm.io.internal;
