package org.embedcrm.plugin.mailchimp.internal;

import java.time.Duration;

/** Waits between two attempts of a call; tests replace it so that they never really wait. */
@FunctionalInterface
interface Sleeper {

    /** The sleeper that blocks the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    /**
     * @param duration how long to wait; never null
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
