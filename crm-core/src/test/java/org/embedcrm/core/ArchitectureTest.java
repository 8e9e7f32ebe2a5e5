package org.embedcrm.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the core and the SPI")
class ArchitectureTest {

    private static final JavaClasses CORE_AND_SPI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.embedcrm.core", "org.embedcrm.spi");

    @Test
    @DisplayName("import nothing from JPA, Hibernate or JDBC")
    void noPersistenceTechnology() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..", "javax.sql..")
                .check(CORE_AND_SPI);
    }

    @Test
    @DisplayName("do not depend on any adapter or on the testkit")
    void noAdapters() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.embedcrm.persistence..", "org.embedcrm.testkit..", "org.embedcrm.examples..")
                .check(CORE_AND_SPI);
    }

    @Test
    @DisplayName("keep the SPI free of core types, so the core can change without breaking plugins")
    void spiIndependentOfCore() {
        noClasses().that().resideInAPackage("org.embedcrm.spi..").should().dependOnClassesThat()
                .resideInAPackage("org.embedcrm.core..").allowEmptyShould(true).check(CORE_AND_SPI);
    }

    @Test
    @DisplayName("keep the domain contexts free of the internal package, except the services that run on it")
    void domainModelFreeOfInternals() {
        noClasses().that().resideInAPackage("org.embedcrm.core.deal..")
                .and().haveSimpleNameNotEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("org.embedcrm.core.internal..")
                .check(CORE_AND_SPI);
    }
}
