package org.embedcrm.examples.docs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands for a host ERP's own inbox, which {@link InboxNotifier} posts notifications to. */
public final class Inbox {

    private static final Inbox SHARED = new Inbox();

    /**
     * One message in a user's inbox.
     *
     * @param tenant    the tenant's key
     * @param recipient the user's key
     * @param subject   the one-line summary
     * @param link      where the message leads in the host's UI
     */
    public record Message(String tenant, String recipient, String subject, String link) {
    }

    private final List<Message> messages = new CopyOnWriteArrayList<>();

    /** @return the inbox a notifier found by {@code ServiceLoader} posts to */
    public static Inbox shared() {
        return SHARED;
    }

    /**
     * @param tenant    the tenant's key
     * @param recipient the user's key
     * @param subject   the one-line summary
     * @param link      where the message leads
     */
    public void post(String tenant, String recipient, String subject, String link) {
        messages.add(new Message(tenant, recipient, subject, link));
    }

    /** @return every message posted so far, oldest first */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Forgets every message. */
    public void clear() {
        messages.clear();
    }
}
