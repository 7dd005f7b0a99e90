package fr.relais;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The house rules of docs/architecture.md ("House rules"), checked on the compiled code. */
class ArchitectureTest {

  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("fr.relais");

  @Test
  void theKernelDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("fr.relais.kernel..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("fr.relais..").and(not(resideInAPackage("fr.relais.kernel.."))))
        .check(CODE);
  }

  @Test
  void featuresFormNoCycle() {
    slices().matching("fr.relais.(*)..").namingSlices("$1").should().beFreeOfCycles().check(CODE);
  }

  @Test
  void onlyRepositoriesAndServicesHoldAnEntityManager() {
    noClasses()
        .that(not(repositoryOrService()))
        .should()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .as("only repositories and services hold an EntityManager")
        .check(CODE);
  }

  @Test
  void backingBeansRunNoQuery() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Backing")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.persistence..")
        .as("backing beans run no query and hold no EntityManager")
        .check(CODE);
  }

  @Test
  void backingBeansReadOnlyTheirOwnFeaturesRepository() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Backing")
        .should(useNoRepositoryOfAnotherFeature())
        .as("backing beans use no other feature's repository")
        .check(CODE);
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> repositoryOrService() {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "repositories and services",
        c ->
            c.getSimpleName().endsWith("Repository")
                || c.getSimpleName().endsWith("Service")
                || c.getEnclosingClass()
                    .map(outer -> outer.getSimpleName().endsWith("Repository"))
                    .orElse(false));
  }

  private static ArchCondition<JavaClass> useNoRepositoryOfAnotherFeature() {
    return new ArchCondition<>("use no repository of another feature") {
      @Override
      public void check(JavaClass bean, ConditionEvents events) {
        bean.getDirectDependenciesFromSelf().stream()
            .map(d -> d.getTargetClass())
            .filter(target -> target.getSimpleName().endsWith("Repository"))
            .filter(target -> !target.getPackageName().equals(bean.getPackageName()))
            .map(JavaClass::getName)
            .distinct()
            .forEach(
                repository ->
                    events.add(
                        SimpleConditionEvent.violated(
                            bean, bean.getName() + " uses " + repository)));
      }
    };
  }
}
