package org.chancery.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The dependency rule of the modules: everything points inward, to a domain of plain Java. */
class ArchitectureTests {

    static final JavaClasses CHANCERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.chancery");

    @Test
    void domainDependsOnPlainJavaOnly() {
        classes()
                .that()
                .resideInAPackage("org.chancery.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "org.chancery.domain..")
                .check(CHANCERY);
    }

    @Test
    void apiAndAdminNeverReachIntoDataOrEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.chancery.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.chancery.data..", "org.chancery.admin..", "org.chancery.app..")
                .allowEmptyShould(true)
                .check(CHANCERY);
        noClasses()
                .that()
                .resideInAPackage("org.chancery.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.chancery.data..", "org.chancery.api..", "org.chancery.app..")
                .allowEmptyShould(true)
                .check(CHANCERY);
    }

    @Test
    void dataImplementsTheDomainAndKnowsNothingOfTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("org.chancery.data..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.chancery.api..", "org.chancery.admin..", "org.chancery.app..")
                .check(CHANCERY);
    }

    @Test
    void packagesImportEachOtherOneWayOnly() {
        slices().matching("org.chancery.(**)").should().beFreeOfCycles().check(CHANCERY);
    }

    @Test
    void everyPackageIsDocumentedAndNullMarked() {
        List<String> packages = CHANCERY.getPackage("org.chancery").getSubpackagesInTree().stream()
                .filter(p -> !p.getClasses().isEmpty())
                .filter(p -> !p.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .toList();

        assertThat(packages)
                .as("packages without a @NullMarked package-info.java")
                .isEmpty();
    }
}
