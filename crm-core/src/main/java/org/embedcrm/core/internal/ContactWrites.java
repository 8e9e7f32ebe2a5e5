package org.embedcrm.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.embedcrm.core.party.Contact;
import org.embedcrm.core.party.Contacts;

/**
 * Wraps the contact port so that an observer learns of every contact added, updated or removed, inside the
 * transaction of the write; every other call passes through untouched.
 */
public final class ContactWrites {

    /** What happened to a contact. */
    public enum Write {
        /** A new contact was stored. */
        ADDED,
        /** A stored contact changed. */
        UPDATED,
        /** A contact was deleted. */
        REMOVED
    }

    private ContactWrites() {
    }

    /** Learns of each contact write, inside its transaction. */
    @FunctionalInterface
    public interface Observer {

        /**
         * @param write  what happened
         * @param before the contact as stored before an update; null for an add or a remove
         * @param after  the contact as stored (or as removed); never null
         */
        void written(Write write, Contact before, Contact after);
    }

    /**
     * @param contacts the port; never null
     * @param observer told of each write; an update reads the stored contact first, to tell it what changed;
     *                 never null
     * @return the observed port
     */
    public static Contacts observe(Contacts contacts, Observer observer) {
        Object proxy = Proxy.newProxyInstance(Contacts.class.getClassLoader(), new Class<?>[] {Contacts.class},
                (self, method, args) -> {
                    Contact before = method.getName().equals("update") && args != null && args.length == 1
                            && args[0] instanceof Contact updated
                            ? contacts.find(updated.tenant(), updated.id()).orElse(null) : null;
                    Object result;
                    try {
                        result = method.invoke(contacts, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Write write = switch (method.getName()) {
                        case "add" -> Write.ADDED;
                        case "update" -> Write.UPDATED;
                        case "remove" -> Write.REMOVED;
                        default -> null;
                    };
                    if (write != null && args != null && args.length == 1 && args[0] instanceof Contact written) {
                        observer.written(write, before, result instanceof Contact stored ? stored : written);
                    }
                    return result;
                });
        return Contacts.class.cast(proxy);
    }
}
