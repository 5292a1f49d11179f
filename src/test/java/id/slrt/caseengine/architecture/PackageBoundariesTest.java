package id.slrt.caseengine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The house plan, checked on the compiled classes: features ({@code casefile}, {@code intake}, {@code sla}, ...)
 * never form a cycle; the shared kernel ({@code system}: errors, clock, formats; {@code platform}: the engine and
 * database plumbing; {@code web}: HTTP error answers; {@code step}: the generic-step kit) imports no feature, and
 * {@code system} nothing of the application at all; agency stand-ins ({@code integration}) are reached through
 * external-task topics only, never imported by a feature. Each rule is also run against a planted defect, so a rule
 * that cannot fail is noticed.
 */
class PackageBoundariesTest {

    static final String APP = "id.slrt.caseengine";
    static final String[] KERNEL = {"system", "platform", "web", "step"};

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);
    static final JavaClasses PLANTED = new ClassFileImporter().importPackages("id.slrt.archfixture");

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule kernelImportsNoFeature(String root) {
        String[] kernel = java.util.Arrays.stream(KERNEL).map(k -> root + "." + k + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(kernel)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in a feature package", c -> c.getPackageName().startsWith(root + ".")
                                && java.util.Arrays.stream(kernel).noneMatch(k -> c.getPackageName()
                                .startsWith(k.substring(0, k.length() - 2)))));
    }

    @Test
    void featuresFormNoCycles() {
        noCycles(APP).check(APPLICATION);
    }

    @Test
    void theSharedKernelImportsNoFeature() {
        kernelImportsNoFeature(APP).check(APPLICATION);
    }

    @Test
    void systemImportsNothingOfTheApplication() {
        noClasses().that().resideInAPackage(APP + ".system..")
                .should().dependOnClassesThat().resideInAnyPackage(subPackagesOtherThan("system"))
                .check(APPLICATION);
    }

    @Test
    void noFeatureImportsAnAgencyStandIn() {
        noClasses().that().resideOutsideOfPackage(APP + ".integration..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".integration..")
                .check(APPLICATION);
    }

    @Test
    void theRulesFailOnPlantedDefects() {
        EvaluationResult cycle = noCycles("id.slrt.archfixture.cyclic").evaluate(PLANTED);
        assertThat(cycle.hasViolation()).as("a cycle between two packages").isTrue();
        EvaluationResult kernel = kernelImportsNoFeature("id.slrt.archfixture.kernel").evaluate(PLANTED);
        assertThat(kernel.hasViolation()).as("the kernel importing a feature").isTrue();
        assertThat(kernel.getFailureReport().toString()).contains("SharedThing").contains("CaseThing");
    }

    private static String[] subPackagesOtherThan(String kept) {
        return APPLICATION.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(APP + ".") && !p.startsWith(APP + "." + kept))
                .map(p -> APP + "." + p.substring(APP.length() + 1).split("\\.")[0] + "..")
                .distinct().toArray(String[]::new);
    }
}
