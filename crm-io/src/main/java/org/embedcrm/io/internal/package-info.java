/**
 * Internals of crm-io: reading and writing CSV safely, the import's chunked transactions whatever the kind of record
 * ({@code ImportRun}, with a {@code RecordImport} per kind), turning rows into contact or lead input and contacts back
 * into rows, the index of contacts by strong keys, and applying a settings document. No compatibility promise; use
 * the API packages.
 */
package org.embedcrm.io.internal;
