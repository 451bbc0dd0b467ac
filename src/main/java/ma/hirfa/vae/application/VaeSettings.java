package ma.hirfa.vae.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * VAE rules kept as settings: years of practice in the target craft (FACTS §6.2: at least 3, the vocational
 * training department's rule), evidence limits, and how many members a jury needs before it deliberates.
 */
@Component
public class VaeSettings {

    final int minYears;
    final long maxEvidenceBytes;
    final int maxEvidenceFiles;
    public final int minJuryMembers;

    VaeSettings(
            @Value("${hirfa.vae.min-years-of-practice:3}") int minYears,
            @Value("${hirfa.vae.max-evidence-bytes:3145728}") long maxEvidenceBytes,
            @Value("${hirfa.vae.max-evidence-files:10}") int maxEvidenceFiles,
            @Value("${hirfa.vae.min-jury-members:2}") int minJuryMembers) {
        this.minYears = minYears;
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.maxEvidenceFiles = maxEvidenceFiles;
        this.minJuryMembers = minJuryMembers;
    }
}
