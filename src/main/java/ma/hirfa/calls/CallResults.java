package ma.hirfa.calls;

import java.util.List;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an offering module reads once {@link CallResultsFinal} arrives: the final ranking, in rank order. */
@Service
public class CallResults {

    private final Calls calls;
    private final Results results;

    CallResults(Calls calls, Results results) {
        this.calls = calls;
        this.results = results;
    }

    /** Refused (409) while the ranking is not final; a call of another region is not found (404). */
    @Transactional(readOnly = true)
    public CallRanking finalRanking(long callId) {
        Call call = calls.get(callId);
        if (call.status() != CallStatus.FINAL) {
            throw Refusal.conflict("calls.ranking.notFinal");
        }
        List<RankedApplication> ranked = results.standings(call).stream()
                .filter(Standing::ranked)
                .map(s -> new RankedApplication(
                        s.application().id(),
                        s.application().applicant(),
                        s.application().applicantName(),
                        s.rank(),
                        s.score(),
                        s.application().preferences()))
                .toList();
        return new CallRanking(call.id(), call.kind(), call.ownerId(), call.regionCode(), ranked);
    }
}
