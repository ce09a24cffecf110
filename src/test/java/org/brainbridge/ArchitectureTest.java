package org.brainbridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/** Feature packages stay rooms: no cycles between them, repositories private to their feature, support shared. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.brainbridge");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.brainbridge.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void repositoriesArePackagePrivateAndUsedOnlyInTheirFeature() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .check(classes);
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be used only inside their own package") {
                    @Override
                    public void check(
                            com.tngtech.archunit.core.domain.JavaClass repository,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().stream()
                                .filter(d ->
                                        !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
                                .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                        d, d.getDescription())));
                    }
                })
                .check(classes);
    }

    @Test
    void supportDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.brainbridge.support..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.brainbridge.graph..",
                        "org.brainbridge.seed..",
                        "org.brainbridge.catalog..",
                        "org.brainbridge.policy..",
                        "org.brainbridge.security..",
                        "org.brainbridge.web..")
                .check(classes);
    }

    @Test
    void onlyEvaluationScaffoldingWritesAroundTheWriter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.brainbridge.graph..", "org.brainbridge.search.evaluation..")
                .should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("writeScaffolding")))
                .because("domain changes go through GraphWriter and its change log")
                .check(classes);
    }

    @Test
    void onlyTheGraphFeatureTalksToTheDriver() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.brainbridge.graph..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.neo4j.driver.Driver")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.neo4j.driver.Session")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.neo4j.driver.TransactionContext")
                .because("features read through GraphGateway and write through GraphWriter")
                .check(classes);
    }
}
