package org.embedcrm.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records every SQL statement Hibernate prepares, so tests can count what an operation costs. */
final class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private final List<String> statements = new ArrayList<>();

    @Override
    public synchronized String inspect(String sql) {
        statements.add(sql);
        return sql;
    }

    synchronized void reset() {
        statements.clear();
    }

    /** @return the first keyword of every statement since the last reset, e.g. {@code [select, update]} */
    synchronized List<String> kinds() {
        return statements.stream().map(sql -> sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT)).toList();
    }
}
