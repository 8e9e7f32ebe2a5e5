package org.embedcrm.persistence.jpa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only when its database server answers: otherwise the class is skipped, or fails when the
 * system property {@code embedcrm.require-databases} is {@code true} (as on CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServerAvailable.class)
@interface RequiresServer {

    /** @return the server the tests need */
    Server value();
}
