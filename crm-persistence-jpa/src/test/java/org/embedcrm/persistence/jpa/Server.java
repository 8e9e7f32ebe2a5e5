package org.embedcrm.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A database server the tests use when it runs; its URL can be overridden with a system property. */
enum Server {

    POSTGRESQL("PostgreSQL", "embedcrm.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
    MARIADB("MariaDB", "embedcrm.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

    private static final int LOGIN_TIMEOUT_SECONDS = 3;

    private final String product;
    private final String urlProperty;
    private final String defaultUrl;

    Server(String product, String urlProperty, String defaultUrl) {
        this.product = product;
        this.urlProperty = urlProperty;
        this.defaultUrl = defaultUrl;
    }

    String product() {
        return product;
    }

    String url() {
        return System.getProperty(urlProperty, defaultUrl);
    }

    DataSource dataSource() {
        return dataSource(url());
    }

    DataSource dataSource(String url) {
        try {
            if (this == POSTGRESQL) {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(url);
                dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
                return dataSource;
            }
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("invalid " + product + " URL " + url, e);
        }
    }

    /** @return whether a connection to the server at {@code url} opens */
    boolean answers(String url) {
        try (Connection connection = dataSource(url).getConnection()) {
            return connection.isValid(LOGIN_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** @return where the server is expected, e.g. {@code 127.0.0.1:5432}, for messages */
    static String address(String url) {
        String afterScheme = url.substring(url.indexOf("//") + 2);
        int end = afterScheme.indexOf('/');
        return end < 0 ? afterScheme : afterScheme.substring(0, end);
    }
}
