/**
 * The code snippets of {@code docs/}, one test class per page, run against the real API so the pages cannot drift
 * from it. Each test repeats a page's snippets verbatim, then checks what they did.
 */
package org.embedcrm.examples.docs;
