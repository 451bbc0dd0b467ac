package ma.hirfa.calls;

import java.util.List;

/** The final ranking of a call whose results are published and whose appeals are decided. */
public record CallRanking(long callId, String kind, long ownerId, String regionCode, List<RankedApplication> ranked) {}
