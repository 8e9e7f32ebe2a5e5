package org.embedcrm.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BiConsumer;
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

    /**
     * @param contacts the port; never null
     * @param observer told of each write with the contact as stored (or as removed); never null
     * @return the observed port
     */
    public static Contacts observe(Contacts contacts, BiConsumer<Write, Contact> observer) {
        Object proxy = Proxy.newProxyInstance(Contacts.class.getClassLoader(), new Class<?>[] {Contacts.class},
                (self, method, args) -> {
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
                        observer.accept(write, result instanceof Contact stored ? stored : written);
                    }
                    return result;
                });
        return Contacts.class.cast(proxy);
    }
}
