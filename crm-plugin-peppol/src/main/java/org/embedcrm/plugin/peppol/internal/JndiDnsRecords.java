package org.embedcrm.plugin.peppol.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/** Asks the system's DNS resolvers through the JDK's JNDI DNS provider ({@code com.sun.jndi.dns}). */
public final class JndiDnsRecords implements DnsRecords {

    private final Hashtable<String, String> environment = new Hashtable<>();

    /** @param timeout how long to wait for the first answer; JNDI retries once, doubling it; positive */
    public JndiDnsRecords(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("DNS timeout must be positive: " + timeout);
        }
        environment.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        environment.put("java.naming.provider.url", "dns:");
        environment.put("com.sun.jndi.dns.timeout.initial", String.valueOf(timeout.toMillis()));
        environment.put("com.sun.jndi.dns.timeout.retries", "2");
    }

    @Override
    public List<String> naptr(String hostname) {
        return records(hostname, "NAPTR");
    }

    @Override
    public boolean hostExists(String hostname) {
        return !records(hostname, "CNAME").isEmpty() || !records(hostname, "A").isEmpty();
    }

    private List<String> records(String hostname, String type) {
        DirContext context = null;
        try {
            context = new InitialDirContext(environment);
            Attribute attribute = context.getAttributes(hostname, new String[] {type}).get(type);
            List<String> records = new ArrayList<>();
            if (attribute != null) {
                NamingEnumeration<?> values = attribute.getAll();
                while (values.hasMore()) {
                    records.add(String.valueOf(values.next()));
                }
            }
            return records;
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException e) {
            throw new UncheckedIOException(new IOException("DNS " + type + " query for " + hostname + " failed: "
                    + e.getMessage(), e));
        } finally {
            close(context);
        }
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                // Closing a JNDI DNS context releases nothing the answer depends on.
            }
        }
    }
}
