package ma.hirfa.coverage.fund;

import ma.hirfa.coverage.file.CoverageAccess;
import ma.hirfa.platform.transfer.ImportKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three fund files, plugged into the import framework. */
@Configuration(proxyBeanMethods = false)
class FundImportKinds {

    @Bean
    ImportKind fundEnrolmentsImport(
            FundEvaluator evaluator, FundRowApplier applier, FundLineStore lines, CoverageAccess access) {
        return new FundFileImport(FundFileKind.ENROLMENTS, evaluator, applier, lines, access);
    }

    @Bean
    ImportKind fundContributionsImport(
            FundEvaluator evaluator, FundRowApplier applier, FundLineStore lines, CoverageAccess access) {
        return new FundFileImport(FundFileKind.CONTRIBUTIONS, evaluator, applier, lines, access);
    }

    @Bean
    ImportKind fundClaimsImport(
            FundEvaluator evaluator, FundRowApplier applier, FundLineStore lines, CoverageAccess access) {
        return new FundFileImport(FundFileKind.CLAIMS, evaluator, applier, lines, access);
    }
}
