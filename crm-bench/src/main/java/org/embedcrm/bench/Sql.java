package org.embedcrm.bench;

import java.util.List;

/**
 * A statement with its parameters, bound in order with {@code setObject}.
 *
 * @param text       the SQL, with {@code ?} placeholders
 * @param parameters one value per placeholder
 */
record Sql(String text, List<Object> parameters) {
}
